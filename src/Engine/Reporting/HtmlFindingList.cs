using System.Globalization;
using System.Text;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The first page of a findings list as static HTML, grouped by site (and by rule for open findings), so the report
/// is useful before (or without) its script. The script renders every other page from the data block with exactly
/// this markup; keep the two in step (<see cref="HtmlReportScript"/>, function <c>renderList</c>).
/// </summary>
public static class HtmlFindingList
{
    /// <summary>Rows per page: small enough that a 10,000-finding report opens at once, large enough to work through.</summary>
    public const int PageSize = 200;

    /// <param name="ordered">The whole list in <see cref="ReportFindingOrder"/>; only the first page becomes rows.</param>
    /// <param name="resolved">
    /// Resolved findings: grouped by site only (rules mixed, so every inspection column is shown), last column is when the fix
    /// was confirmed. Open findings: one table per rule, without the columns that rule's findings leave empty.
    /// </param>
    public static void AppendFirstPage(StringBuilder html, ReportData data, IReadOnlyList<Finding> ordered, bool resolved)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ruleColumns = FindingColumnsOf.Rules(ordered);
        var resolvedColumns = FindingColumnsOf.Resolved(ordered);
        var siteCounts = ordered.CountBy(f => f.SiteId).ToDictionary(StringComparer.Ordinal);
        var ruleCounts = ordered.CountBy(f => (f.SiteId, f.RuleId)).ToDictionary();
        string? site = null;
        string? rule = null;
        var columns = FindingColumns.All;
        foreach (var finding in ordered.Take(PageSize))
        {
            var newSite = finding.SiteId != site;
            var newGroup = newSite || (!resolved && finding.RuleId != rule);
            if (newGroup && site is not null)
            {
                html.Append(resolved ? "</tbody></table>" : "</tbody></table></div>\n");
            }

            if (newSite && site is not null)
            {
                html.Append("</section>\n");
            }

            if (newSite)
            {
                var count = siteCounts[finding.SiteId];
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"site-section\">{(resolved ? "<h3>" : "<h2>")}站点：{HtmlText.Encode(data.SiteName(finding.SiteId))}");
                html.Append(CultureInfo.InvariantCulture, $"（{(resolved ? "已整改 " : string.Empty)}{count} 条）{(resolved ? "</h3>" : "</h2>")}\n");
            }

            if (newGroup)
            {
                if (!resolved)
                {
                    html.Append(CultureInfo.InvariantCulture,
                        $"<div class=\"rule-group\"><h3>{HtmlText.Encode(HtmlReportLabels.RuleName(finding.RuleId))}（{ruleCounts[(finding.SiteId, finding.RuleId)]} 条）</h3>\n");
                }

                columns = resolved ? resolvedColumns : ruleColumns[finding.RuleId];
                AppendTableHead(html, resolved, columns);
            }

            AppendRow(html, finding, resolved, columns);
            site = finding.SiteId;
            rule = finding.RuleId;
        }

        if (site is not null)
        {
            html.Append(resolved ? "</tbody></table></section>\n" : "</tbody></table></div>\n</section>\n");
        }
    }

    // Classes, not positions, size the columns on paper: a rule's table may leave some out.
    private static void AppendTableHead(StringBuilder html, bool resolved, FindingColumns columns)
    {
        html.Append("<table class=\"findings\"><thead><tr><th scope=\"col\" class=\"col-sev\">严重程度</th><th scope=\"col\" class=\"col-url\">所在页面</th>");
        if (columns.HasFlag(FindingColumns.Target))
        {
            html.Append("<th scope=\"col\" class=\"col-url\">链接目标</th>");
        }

        if (columns.HasFlag(FindingColumns.Text))
        {
            html.Append("<th scope=\"col\" class=\"col-text\">链接文字 / 问题文字</th>");
        }

        html.Append("<th scope=\"col\" class=\"col-message\">问题说明</th>");
        if (columns.HasFlag(FindingColumns.Evidence))
        {
            html.Append("<th scope=\"col\" class=\"col-evidence\">证据</th>");
        }

        if (columns.HasFlag(FindingColumns.Rectification))
        {
            html.Append("<th scope=\"col\" class=\"col-rect\">整改情况</th>");
        }

        html.Append("<th scope=\"col\" class=\"date\">首次发现</th><th scope=\"col\" class=\"date\">").Append(resolved ? "整改确认" : "最近发现").Append("</th></tr></thead><tbody>\n");
    }

    private static void AppendRow(StringBuilder html, Finding finding, bool resolved, FindingColumns columns)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<tr class=\"{(resolved ? "resolved-finding" : "finding")}\" data-severity=\"{finding.Severity.ToToken()}\" data-rule=\"{HtmlText.Encode(finding.RuleId)}\" data-site=\"{HtmlText.Encode(finding.SiteId)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"sev sev-{finding.Severity.ToToken()}\">{finding.Severity.ToChinese()}</span></td>");
        html.Append("<td>").Append(HtmlText.LinkOrText(finding.PageUrl)).Append("</td>");
        if (columns.HasFlag(FindingColumns.Target))
        {
            html.Append("<td>").Append(finding.TargetUrl is null ? string.Empty : HtmlText.LinkOrText(finding.TargetUrl)).Append("</td>");
        }

        if (columns.HasFlag(FindingColumns.Text))
        {
            AppendText(html, finding);
        }

        html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(finding.Message)}</td>");
        if (columns.HasFlag(FindingColumns.Evidence))
        {
            AppendLines(html, ReportEvidence.Of(finding));
        }

        if (columns.HasFlag(FindingColumns.Rectification))
        {
            AppendLines(html, ReportRectification.Of(finding));
        }

        var last = resolved ? (finding.ResolvedAt is { } at ? HtmlTimeFormat.Beijing(at) : string.Empty) : HtmlTimeFormat.Beijing(finding.LastSeen);
        html.Append(CultureInfo.InvariantCulture, $"<td class=\"date\">{HtmlTimeFormat.Beijing(finding.FirstSeen)}</td><td class=\"date\">{last}</td></tr>\n");
    }

    private static void AppendLines(StringBuilder html, IReadOnlyList<EvidenceLine> lines)
    {
        html.Append("<td><ul class=\"evidence\">");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><span>{HtmlText.Encode(line.Label)}：</span>{HtmlText.Encode(line.Value)}</li>");
        }

        html.Append("</ul></td>");
    }

    private static void AppendText(StringBuilder html, Finding finding)
    {
        html.Append("<td>");
        foreach (var segment in FindingTextSegments.Of(finding))
        {
            html.Append(segment.Kind switch
            {
                TextSegmentKind.Marked => "<mark>" + HtmlText.Encode(segment.Text) + "</mark>",
                TextSegmentKind.LineBreak => "<br>",
                _ => HtmlText.Encode(segment.Text),
            });
        }

        html.Append("</td>");
    }
}
