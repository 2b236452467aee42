using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>
/// What one check run sees: the report, optionally the same organ's previous report, and the organ profile. Each rule
/// keeps at most <see cref="MaxPerRule"/> issues and undecidable notes; the rest are counted in one closing note, so an
/// adversarial report cannot flood the findings.
/// </summary>
public sealed class ReportCheckContext(AnnualReport report, AnnualReport? previousYear = null, OrganProfile? organ = null)
{
    /// <summary>Most issues (and, separately, undecidable notes) kept per rule for one report.</summary>
    public const int MaxPerRule = 20;

    private readonly List<ReportIssue> _issues = [];
    private readonly List<UndecidableCheck> _undecidable = [];
    private readonly Dictionary<string, int> _issueCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _undecidableCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportIssue> _firstDropped = new(StringComparer.Ordinal);

    public AnnualReport Report { get; } = report;

    public AnnualReport? PreviousYear { get; } = previousYear;

    public OrganProfile? Organ { get; } = organ;

    /// <summary>The kept issues, then for each rule over the limit one issue saying how many more there were.</summary>
    public IReadOnlyList<ReportIssue> Issues => [.. _issues, .. _firstDropped.Values.Select(MoreIssues)];

    /// <summary>The kept notes, then for each rule over the limit one note saying how many more there were.</summary>
    public IReadOnlyList<UndecidableCheck> Undecidable =>
    [
        .. _undecidable,
        .. _undecidableCounts.Where(c => c.Value > MaxPerRule)
            .Select(c => new UndecidableCheck(c.Key, $"另有{c.Value - MaxPerRule}处同类无法核对的情形未逐一列出")),
    ];

    public void Add(ReportIssue issue)
    {
        var count = Increment(_issueCounts, issue.RuleId);
        if (count <= MaxPerRule)
        {
            _issues.Add(issue);
        }
        else
        {
            _firstDropped.TryAdd(issue.RuleId, issue);
        }
    }

    public void NotDecidable(string ruleId, string reason)
    {
        if (Increment(_undecidableCounts, ruleId) <= MaxPerRule)
        {
            _undecidable.Add(new UndecidableCheck(ruleId, reason));
        }
    }

    private ReportIssue MoreIssues(ReportIssue first)
    {
        var more = _issueCounts[first.RuleId] - MaxPerRule;
        return new ReportIssue(first.RuleId, first.Severity, $"同类问题另有{more}处未逐一列出（每份报告每条规则最多列出{MaxPerRule}处），请通篇核对")
        {
            Discriminator = "另有未列出的同类问题",
        };
    }

    private static int Increment(Dictionary<string, int> counts, string ruleId)
    {
        counts[ruleId] = counts.GetValueOrDefault(ruleId) + 1;
        return counts[ruleId];
    }
}
