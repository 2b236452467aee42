using System.Globalization;
using System.Text;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The report's first screen, 今日必改: every open 严重 finding (site, page, what, since when), then what the last
/// inspection of each site found that was not there before, so an admin sees today's work before any statistics.
/// </summary>
public static class HtmlTodayBlock
{
    /// <summary>New findings listed by name; the rest are counted and left to the full list below.</summary>
    public const int MaxNewListed = 30;

    public static void Append(StringBuilder html, ReportData data, IReadOnlyList<Finding> open)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(open);
        var serious = open.Where(f => f.Severity == Severity.Serious).ToList();
        var fresh = New(data, open).Where(f => f.Severity != Severity.Serious).ToList();

        html.Append("<section id=\"today\" aria-labelledby=\"today-heading\"><h2 id=\"today-heading\">今日必改</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"today-serious-heading\">严重问题（<span data-count=\"today-serious\">{serious.Count}</span> 条，须优先整改）</h3>\n");
        if (serious.Count == 0)
        {
            html.Append("<p>没有未整改的严重问题。</p>\n");
        }
        else
        {
            AppendTable(html, data, serious, "today-serious", "首次发现");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"today-new-heading\">上次检查新发现的其他问题（<span data-count=\"today-new\">{fresh.Count}</span> 条）</h3>\n");
        if (fresh.Count == 0)
        {
            html.Append("<p>最近一次检查没有发现新的问题。</p>\n");
        }
        else
        {
            AppendTable(html, data, fresh.Take(MaxNewListed).ToList(), "today-new", "发现时间");
            if (fresh.Count > MaxNewListed)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"more\">另有 {fresh.Count - MaxNewListed} 条新发现的问题，见下方问题列表。</p>\n");
            }
        }

        html.Append("</section>\n");
    }

    /// <summary>
    /// Open findings first seen by the newest inspection of their site or after it (a later report check's too), in the
    /// list's order: the most severe and largest groups first.
    /// </summary>
    public static IReadOnlyList<Finding> New(ReportData data, IReadOnlyList<Finding> open)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(open);
        var inspections = data.LastInspections;
        var runs = data.LastRuns;
        return open.Where(f =>
        {
            var last = inspections.TryGetValue(f.SiteId, out var inspection) ? inspection : runs.GetValueOrDefault(f.SiteId);
            return last is not null && f.FirstSeen >= last.StartedAt;
        }).ToList();
    }

    private static void AppendTable(StringBuilder html, ReportData data, IReadOnlyList<Finding> findings, string id, string sinceHeader)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"today\" id=\"{id}\" aria-labelledby=\"{id}-heading\"><thead><tr>");
        html.Append("<th scope=\"col\" class=\"col-sev\">严重程度</th><th scope=\"col\">站点</th><th scope=\"col\">所在页面</th><th scope=\"col\">问题</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"date\">{sinceHeader}</th></tr></thead><tbody>\n");
        foreach (var finding in findings)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"today-finding\" data-severity=\"{finding.Severity.ToToken()}\" data-rule=\"{HtmlText.Encode(finding.RuleId)}\" data-site=\"{HtmlText.Encode(finding.SiteId)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"sev sev-{finding.Severity.ToToken()}\">{finding.Severity.ToChinese()}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(data.SiteName(finding.SiteId))}</td>");
            html.Append("<td>").Append(HtmlText.LinkOrText(finding.PageUrl)).Append("</td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td><strong>{HtmlText.Encode(HtmlReportLabels.RuleName(finding.RuleId))}</strong>：{HtmlText.Encode(finding.Message)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"date\">{HtmlTimeFormat.Beijing(finding.FirstSeen)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
