using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The order findings are listed in: by site, then rule (catalogue order), so a site's or rule's rows stand together
/// and the page and the script can group consecutive rows under one heading.
/// </summary>
public static class ReportFindingOrder
{
    public static IReadOnlyList<Finding> Open(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Status == FindingStatus.Open)
            .OrderBy(f => f.SiteId, StringComparer.Ordinal)
            .ThenBy(f => HtmlReportLabels.RuleOrder(f.RuleId)).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.PageUrl, StringComparer.Ordinal).ThenBy(f => f.TargetUrl, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Finding> Resolved(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Status == FindingStatus.Resolved)
            .OrderBy(f => f.SiteId, StringComparer.Ordinal)
            .ThenBy(f => HtmlReportLabels.RuleOrder(f.RuleId)).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.PageUrl, StringComparer.Ordinal).ThenBy(f => f.TargetUrl, StringComparer.Ordinal)
            .ToList();
}
