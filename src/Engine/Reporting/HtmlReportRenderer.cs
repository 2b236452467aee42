using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// Renders the findings report as one self-contained HTML5 page in Simplified Chinese: summary, trend, filterable
/// findings grouped by site and rule, resolved findings collapsed. A CSP forbids every fetch; all text is encoded.
/// </summary>
public static class HtmlReportRenderer
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private static readonly Severity[] SeveritiesHighFirst = [Severity.Serious, Severity.General, Severity.Hint];

    public static string Render(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var open = data.Open.ToList();
        var resolved = data.Findings.Where(f => f.Status == FindingStatus.Resolved).ToList();
        var scope = data.SiteFilter ?? "全部站点";

        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>政务公开网站检查报告 - {HtmlText.Encode(scope)}</title>\n");
        html.Append("<style>").Append(HtmlReportStyles.Source).Append("</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>政务公开网站检查报告：{HtmlText.Encode(scope)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">生成时间：{HtmlTimeFormat.Beijing(data.GeneratedAt)}（北京时间）</p></header>\n<main>\n");

        AppendSummary(html, data, open);
        AppendTrend(html, data);
        AppendFilters(html, data, open);
        AppendOpenFindings(html, open);
        AppendResolvedFindings(html, resolved);

        html.Append("</main>\n<script>").Append(HtmlReportScript.Source).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ReportData data, List<Finding> open)
    {
        html.Append("<section id=\"summary\" aria-labelledby=\"summary-heading\"><h2 id=\"summary-heading\">概况</h2>\n");
        html.Append("<div class=\"summary-grid\">");
        html.Append("<table class=\"summary\"><caption>未整改问题（按严重程度）</caption><thead><tr>");
        html.Append("<th scope=\"col\">严重程度</th><th scope=\"col\" class=\"num\">数量</th></tr></thead><tbody>");
        foreach (var severity in SeveritiesHighFirst)
        {
            var count = open.Count(f => f.Severity == severity);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\"><span class=\"sev sev-{severity.ToToken()}\">{severity.ToChinese()}</span></th><td class=\"num\" data-count=\"severity:{severity.ToToken()}\">{count}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<tr><th scope=\"row\">合计</th><td class=\"num\" data-count=\"open-total\">{open.Count}</td></tr></tbody></table>\n");
        AppendLastRuns(html, data);
        html.Append("</div>\n<div class=\"summary-grid\">");

        // Link and typo rules side by side: one long table would push the findings far down the page.
        foreach (var family in open.GroupBy(f => RuleFamily(f.RuleId)).OrderBy(g => g.Key.Order))
        {
            html.Append(CultureInfo.InvariantCulture, $"<table class=\"summary\"><caption>{family.Key.Caption}（按规则）</caption><thead><tr><th scope=\"col\">规则</th><th scope=\"col\">严重程度</th>");
            html.Append("<th scope=\"col\" class=\"num\">数量</th></tr></thead><tbody>");
            foreach (var group in family.GroupBy(f => f.RuleId).OrderBy(g => HtmlReportLabels.RuleOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var severity = group.Max(f => f.Severity);
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><th scope=\"row\">{HtmlText.Encode(HtmlReportLabels.RuleName(group.Key))}</th><td><span class=\"sev sev-{severity.ToToken()}\">{severity.ToChinese()}</span></td>");
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-count=\"rule:{HtmlText.Encode(group.Key)}\">{group.Count()}</td></tr>");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    private static (int Order, string Caption) RuleFamily(string ruleId) =>
        ruleId.StartsWith("link.", StringComparison.Ordinal) ? (0, "链接问题")
        : ruleId.StartsWith("typo.", StringComparison.Ordinal) ? (1, "文字差错")
        : (2, "其他问题");

    private static void AppendLastRuns(StringBuilder html, ReportData data)
    {
        var lastRuns = data.LastRuns.Values.OrderBy(r => r.SiteId, StringComparer.Ordinal).ToList();
        html.Append("<table class=\"summary\"><caption>最近一次检查</caption><thead><tr><th scope=\"col\">站点</th><th scope=\"col\">检查时间（北京时间）</th>");
        html.Append("<th scope=\"col\">状态</th><th scope=\"col\" class=\"num\">检查页面</th><th scope=\"col\" class=\"num\">检查链接</th>");
        html.Append("<th scope=\"col\" class=\"num\">新发现</th><th scope=\"col\" class=\"num\">已整改</th><th scope=\"col\">较上次</th></tr></thead><tbody>");
        foreach (var run in lastRuns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{HtmlText.Encode(run.SiteId)}</th><td>{HtmlTimeFormat.Beijing(run.StartedAt)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlReportLabels.RunStatus(run.Status)}</td><td class=\"num\">{run.PagesCrawled}</td><td class=\"num\">{run.LinksChecked}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-count=\"new:{HtmlText.Encode(run.SiteId)}\">{run.NewFindings}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-count=\"fixed:{HtmlText.Encode(run.SiteId)}\">{run.ResolvedFindings}</td>");
            html.Append("<td>").Append(ChangeSincePrevious(data, run)).Append("</td></tr>");
        }

        if (lastRuns.Count == 0)
        {
            html.Append("<tr><td colspan=\"8\">暂无检查记录。</td></tr>");
        }
        else if (lastRuns.Count > 1)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">合计</th><td></td><td></td><td class=\"num\">{lastRuns.Sum(r => r.PagesCrawled)}</td><td class=\"num\">{lastRuns.Sum(r => r.LinksChecked)}</td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"num\" data-count=\"new-total\">{lastRuns.Sum(r => r.NewFindings)}</td><td class=\"num\" data-count=\"fixed-total\">{lastRuns.Sum(r => r.ResolvedFindings)}</td><td></td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>How the last run's findings compare with the run before it, so "worse than yesterday" shows at once.</summary>
    private static string ChangeSincePrevious(ReportData data, RunRecord last)
    {
        var previous = data.Runs.Where(r => r.SiteId == last.SiteId && r.StartedAt < last.StartedAt).MaxBy(r => r.StartedAt);
        if (previous is null)
        {
            return "首次检查";
        }

        var delta = HtmlTrendChart.OpenCount(last) - HtmlTrendChart.OpenCount(previous);
        return delta switch
        {
            > 0 => $"<span class=\"worse\">增加 {delta} 条</span>",
            < 0 => $"<span class=\"better\">减少 {-delta} 条</span>",
            _ => "持平",
        };
    }

    private static void AppendTrend(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"trend\" aria-labelledby=\"trend-heading\"><h2 id=\"trend-heading\">问题数量趋势（最近 30 次检查）</h2>\n");
        var sites = data.Runs.GroupBy(r => r.SiteId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (sites.Count == 0)
        {
            html.Append("<p>暂无检查记录。</p>");
        }

        html.Append("<div class=\"trend-grid\">");
        for (var i = 0; i < sites.Count; i++)
        {
            var runs = sites[i].OrderByDescending(r => r.StartedAt).Take(ReportDataLoader.RunsPerSite).Reverse().ToList();
            html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>站点：{HtmlText.Encode(sites[i].Key)}</figcaption>");
            html.Append(HtmlTrendChart.Render(sites[i].Key, runs, $"trend-{i}")).Append("</figure>\n");
        }

        html.Append("</div>");

        html.Append("</section>\n");
    }

    private static void AppendFilters(StringBuilder html, ReportData data, List<Finding> open)
    {
        html.Append("<section id=\"filter-section\" aria-labelledby=\"filter-heading\"><h2 id=\"filter-heading\" class=\"filters-heading\">问题列表</h2>\n");
        html.Append("<form id=\"filters\" class=\"filters\" role=\"search\">");
        html.Append("<label for=\"filter-severity\">严重程度<select id=\"filter-severity\" name=\"severity\"><option value=\"\">全部</option>");
        foreach (var severity in SeveritiesHighFirst)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{severity.ToToken()}\">{severity.ToChinese()}</option>");
        }

        html.Append("</select></label>");
        html.Append("<label for=\"filter-rule\">规则<select id=\"filter-rule\" name=\"rule\"><option value=\"\">全部</option>");
        foreach (var rule in data.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).OrderBy(HtmlReportLabels.RuleOrder).ThenBy(r => r, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlText.Encode(rule)}\">{HtmlText.Encode(HtmlReportLabels.RuleName(rule))}</option>");
        }

        html.Append("</select></label>");
        html.Append("<label for=\"filter-site\">站点<select id=\"filter-site\" name=\"site\"><option value=\"\">全部</option>");
        foreach (var site in data.Findings.Select(f => f.SiteId).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlText.Encode(site)}\">{HtmlText.Encode(site)}</option>");
        }

        html.Append("</select></label>");
        html.Append("<label for=\"filter-q\">搜索（问题说明、页面、链接地址）<input id=\"filter-q\" name=\"q\" type=\"search\" autocomplete=\"off\"></label>");
        html.Append("<button type=\"reset\">清除筛选</button></form>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"count\" role=\"status\" aria-live=\"polite\">显示 <span id=\"shown-count\">{open.Count}</span> / <span id=\"total-count\">{open.Count}</span> 条未整改问题<span id=\"filter-summary\"></span></p>\n");
        html.Append("</section>\n");
    }

    private static void AppendOpenFindings(StringBuilder html, List<Finding> open)
    {
        html.Append("<section id=\"open-findings\" aria-label=\"未整改问题\">\n");
        if (open.Count == 0)
        {
            html.Append("<p>没有未整改问题。</p>");
        }

        foreach (var site in open.GroupBy(f => f.SiteId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"site-section\"><h2>站点：{HtmlText.Encode(site.Key)}（{site.Count()} 条）</h2>\n");
            foreach (var rule in site.GroupBy(f => f.RuleId).OrderBy(g => HtmlReportLabels.RuleOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"rule-group\"><h3>{HtmlText.Encode(HtmlReportLabels.RuleName(rule.Key))}（{rule.Count()} 条）</h3>\n");
                html.Append("<table class=\"findings\"><thead><tr><th scope=\"col\">严重程度</th><th scope=\"col\">所在页面</th><th scope=\"col\">链接目标</th>");
                html.Append("<th scope=\"col\">链接文字 / 问题文字</th><th scope=\"col\">问题说明</th><th scope=\"col\">证据</th>");
                html.Append("<th scope=\"col\">首次发现</th><th scope=\"col\">最近发现</th></tr></thead><tbody>\n");
                foreach (var finding in rule.OrderByDescending(f => f.Severity).ThenBy(f => f.PageUrl, StringComparer.Ordinal).ThenBy(f => f.TargetUrl, StringComparer.Ordinal))
                {
                    html.Append("<tr class=\"finding\"").Append(RowData(finding)).Append('>');
                    AppendFindingCells(html, finding);
                    html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlTimeFormat.Beijing(finding.FirstSeen)}</td><td>{HtmlTimeFormat.Beijing(finding.LastSeen)}</td></tr>\n");
                }

                html.Append("</tbody></table></div>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendResolvedFindings(StringBuilder html, List<Finding> resolved)
    {
        html.Append(CultureInfo.InvariantCulture, $"<details id=\"resolved\"><summary>已整改问题（{resolved.Count} 条）</summary>\n");
        if (resolved.Count == 0)
        {
            html.Append("<p>没有已整改问题。</p>");
        }

        foreach (var site in resolved.GroupBy(f => f.SiteId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"site-section\"><h3>站点：{HtmlText.Encode(site.Key)}（已整改 {site.Count()} 条）</h3>\n");
            html.Append("<table class=\"findings\"><thead><tr><th scope=\"col\">严重程度</th><th scope=\"col\">所在页面</th><th scope=\"col\">链接目标</th>");
            html.Append("<th scope=\"col\">链接文字 / 问题文字</th><th scope=\"col\">问题说明</th><th scope=\"col\">证据</th>");
            html.Append("<th scope=\"col\">首次发现</th><th scope=\"col\">整改确认</th></tr></thead><tbody>\n");
            foreach (var finding in site.OrderBy(f => HtmlReportLabels.RuleOrder(f.RuleId)).ThenBy(f => f.PageUrl, StringComparer.Ordinal))
            {
                html.Append("<tr class=\"resolved-finding\"").Append(RowData(finding)).Append('>');
                AppendFindingCells(html, finding);
                var resolvedAt = finding.ResolvedAt is { } at ? HtmlTimeFormat.Beijing(at) : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlTimeFormat.Beijing(finding.FirstSeen)}</td><td>{resolvedAt}</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");
        }

        html.Append("</details>\n");
    }

    private static string RowData(Finding finding)
    {
        var search = string.Join('\n', finding.Message, finding.PageUrl, finding.TargetUrl ?? string.Empty, finding.Text ?? string.Empty)
            .ToLowerInvariant();
        return $" data-severity=\"{finding.Severity.ToToken()}\" data-rule=\"{HtmlText.Encode(finding.RuleId)}\" data-site=\"{HtmlText.Encode(finding.SiteId)}\" data-search=\"{HtmlText.Encode(search)}\"";
    }

    private static void AppendFindingCells(StringBuilder html, Finding finding)
    {
        html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"sev sev-{finding.Severity.ToToken()}\">{finding.Severity.ToChinese()}</span></td>");
        html.Append("<td>").Append(HtmlText.LinkOrText(finding.PageUrl)).Append("</td>");
        html.Append("<td>").Append(finding.TargetUrl is null ? string.Empty : HtmlText.LinkOrText(finding.TargetUrl)).Append("</td>");
        html.Append("<td>").Append(TextWithContext(finding)).Append("</td>");
        html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(finding.Message)}</td>");
        html.Append("<td><ul class=\"evidence\">");
        foreach (var pair in finding.Evidence)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><span>{HtmlText.Encode(HtmlReportLabels.EvidenceKey(pair.Key))}：</span>{HtmlText.Encode(pair.Value)}</li>");
        }

        html.Append("</ul></td>");
    }

    /// <summary>The link text, or the typo marked inside its context sentence (evidence "context").</summary>
    private static string TextWithContext(Finding finding)
    {
        var text = finding.Text ?? string.Empty;
        var context = finding.EvidenceValue("context");
        if (string.IsNullOrEmpty(context))
        {
            return HtmlText.Encode(text);
        }

        var at = text.Length == 0 ? -1 : context.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            return $"<mark>{HtmlText.Encode(text)}</mark><br>{HtmlText.Encode(context)}";
        }

        return HtmlText.Encode(context[..at]) + "<mark>" + HtmlText.Encode(text) + "</mark>" + HtmlText.Encode(context[(at + text.Length)..]);
    }
}
