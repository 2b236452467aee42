using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The order findings are listed in: by site, then rule, so a site's or rule's rows stand together and the page and
/// the script can group consecutive rows under one heading. Open findings put a site's rule groups in the order an
/// admin works through them: the most severe group first, then the larger, then catalogue order.
/// </summary>
public static class ReportFindingOrder
{
    /// <summary>Open findings that count as 未整改 (those marked 无需整改 are listed apart, see <see cref="Suppressed"/>).</summary>
    public static IReadOnlyList<Finding> Open(IEnumerable<Finding> findings)
    {
        var open = findings.Where(f => f.Status == FindingStatus.Open && !f.IsSuppressed()).ToList();
        var groups = open.GroupBy(f => (f.SiteId, f.RuleId))
            .ToDictionary(g => g.Key, g => (Severity: g.Max(f => f.Severity), Count: g.Count()));
        return open
            .OrderBy(f => f.SiteId, StringComparer.Ordinal)
            .ThenByDescending(f => groups[(f.SiteId, f.RuleId)].Severity)
            .ThenByDescending(f => groups[(f.SiteId, f.RuleId)].Count)
            .ThenBy(f => HtmlReportLabels.RuleOrder(f.RuleId)).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.PageUrl, StringComparer.Ordinal).ThenBy(f => f.TargetUrl, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Open findings the office marked 无需整改: by site, then rule, then page.</summary>
    public static IReadOnlyList<Finding> Suppressed(IEnumerable<Finding> findings) =>
        findings.Where(f => f.IsSuppressed())
            .OrderBy(f => f.SiteId, StringComparer.Ordinal)
            .ThenBy(f => HtmlReportLabels.RuleOrder(f.RuleId)).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.PageUrl, StringComparer.Ordinal).ThenBy(f => f.TargetUrl, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Finding> Resolved(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Status == FindingStatus.Resolved)
            .OrderBy(f => f.SiteId, StringComparer.Ordinal)
            .ThenBy(f => HtmlReportLabels.RuleOrder(f.RuleId)).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.PageUrl, StringComparer.Ordinal).ThenBy(f => f.TargetUrl, StringComparer.Ordinal)
            .ToList();
}
