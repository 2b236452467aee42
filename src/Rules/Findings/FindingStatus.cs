namespace ComplianceFns.Rules.Findings;

public enum FindingStatus
{
    Open = 0,
    Resolved = 1,
}
