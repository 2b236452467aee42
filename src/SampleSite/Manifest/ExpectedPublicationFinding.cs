namespace ComplianceFns.SampleSite.Manifest;

/// <summary>A planted annual-report publication case: the rule, the page the finding is on, the report year and what the message must say.</summary>
public sealed record ExpectedPublicationFinding(string RuleId, string PagePath, int Year, string MessageFragment);
