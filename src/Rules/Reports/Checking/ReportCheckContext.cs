using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>What one check run sees: the report, optionally the same organ's previous report, and the organ profile.</summary>
public sealed class ReportCheckContext(AnnualReport report, AnnualReport? previousYear = null, OrganProfile? organ = null)
{
    private readonly List<ReportIssue> _issues = [];
    private readonly List<UndecidableCheck> _undecidable = [];

    public AnnualReport Report { get; } = report;

    public AnnualReport? PreviousYear { get; } = previousYear;

    public OrganProfile? Organ { get; } = organ;

    public IReadOnlyList<ReportIssue> Issues => _issues;

    public IReadOnlyList<UndecidableCheck> Undecidable => _undecidable;

    public void Add(ReportIssue issue) => _issues.Add(issue);

    public void NotDecidable(string ruleId, string reason) => _undecidable.Add(new UndecidableCheck(ruleId, reason));
}
