namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>Narrative-against-table checks (N-*), in catalogue order.</summary>
public static class NarrativeChecks
{
    public static IReadOnlyList<IReportCheck> All { get; } = [];
}
