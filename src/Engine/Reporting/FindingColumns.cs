using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The optional columns of a findings table. A rule whose findings never have a value in a column (a typo has no link
/// target, a report check no link text) gets its table without that column, so no admin reads through empty cells.
/// </summary>
[Flags]
public enum FindingColumns
{
    None = 0,
    Target = 1,
    Text = 2,
    Evidence = 4,

    /// <summary>整改情况: what the office recorded in its ledger (status, assignee, measure …).</summary>
    Rectification = 8,
    All = Target | Text | Evidence | Rectification,
}

/// <summary>Which optional columns each rule's findings fill.</summary>
public static class FindingColumnsOf
{
    public static IReadOnlyDictionary<string, FindingColumns> Rules(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var columns = new Dictionary<string, FindingColumns>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            columns[finding.RuleId] = columns.GetValueOrDefault(finding.RuleId) | Of(finding);
        }

        return columns;
    }

    /// <summary>
    /// The resolved list's one table (rules mixed): every inspection column, and 整改情况 only when the office
    /// recorded something for one of them.
    /// </summary>
    public static FindingColumns Resolved(IEnumerable<Finding> resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var columns = FindingColumns.Target | FindingColumns.Text | FindingColumns.Evidence;
        return resolved.Any(f => ReportRectification.Of(f).Count > 0) ? columns | FindingColumns.Rectification : columns;
    }

    public static FindingColumns Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var columns = FindingColumns.None;
        if (!string.IsNullOrEmpty(finding.TargetUrl))
        {
            columns |= FindingColumns.Target;
        }

        if (FindingTextSegments.Of(finding).Count > 0)
        {
            columns |= FindingColumns.Text;
        }

        if (ReportEvidence.Of(finding).Count > 0)
        {
            columns |= FindingColumns.Evidence;
        }

        if (ReportRectification.Of(finding).Count > 0)
        {
            columns |= FindingColumns.Rectification;
        }

        return columns;
    }
}
