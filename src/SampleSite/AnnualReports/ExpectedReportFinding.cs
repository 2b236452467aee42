namespace ComplianceFns.SampleSite.AnnualReports;

/// <summary>An issue the annual-report check must report on <see cref="SampleAnnualReport"/>: its rule and exact message.</summary>
public sealed record ExpectedReportFinding(string RuleId, string Message);
