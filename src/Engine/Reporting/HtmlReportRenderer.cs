using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Catalogue;
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
        var open = ReportFindingOrder.Open(data.Findings);
        var resolved = ReportFindingOrder.Resolved(data.Findings);
        var suppressed = ReportFindingOrder.Suppressed(data.Findings);
        var scope = data.Scope;

        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>政务公开网站检查报告 - {HtmlText.Encode(scope)}</title>\n");
        html.Append("<style>").Append(HtmlReportStyles.Source).Append("</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>政务公开网站检查报告：{HtmlText.Encode(scope)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">生成时间：{HtmlTimeFormat.Beijing(data.GeneratedAt)}（北京时间）</p></header>\n<main>\n");

        HtmlTodayBlock.Append(html, data, open);
        AppendSummary(html, data, open);
        AppendTrend(html, data);
        AppendFilters(html, data, open);
        AppendOpenFindings(html, data, open);
        AppendResolvedFindings(html, data, resolved, suppressed);

        html.Append("</main>\n");
        ReportDataBlock.Append(html, data, open, resolved, HtmlFindingList.PageSize);
        html.Append("<script>").Append(HtmlReportScript.Source).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ReportData data, IReadOnlyList<Finding> open)
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
            // As the list below: the most severe rules first, then the most frequent.
            foreach (var group in family.GroupBy(f => f.RuleId)
                .OrderByDescending(g => g.Max(f => f.Severity)).ThenByDescending(g => g.Count())
                .ThenBy(g => HtmlReportLabels.RuleOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
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

    private static readonly HashSet<string> AnnualReportRules =
        ComplianceFns.Rules.Reports.ReportRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    private static (int Order, string Caption) RuleFamily(string ruleId) =>
        RuleScopes.IsIn(ruleId, RuleScopes.Links) ? (0, "链接问题")
        : RuleScopes.IsIn(ruleId, RuleScopes.Typos) ? (1, "文字差错")
        : AnnualReportRules.Contains(ruleId) ? (2, "年报问题")
        : (3, "其他问题");

    /// <summary>The newest run of each site and kind: a site inspection, and on its own line an annual-report check.</summary>
    private static void AppendLastRuns(StringBuilder html, ReportData data)
    {
        var lastRuns = data.Runs.GroupBy(r => (r.SiteId, Inspection: ReportRunKind.IsSiteInspection(r)))
            .Select(g => g.MaxBy(r => r.StartedAt)!)
            .OrderBy(r => r.SiteId, StringComparer.Ordinal).ThenByDescending(ReportRunKind.IsSiteInspection)
            .ToList();
        var inspections = lastRuns.Where(ReportRunKind.IsSiteInspection).ToList();
        html.Append("<table class=\"summary\"><caption>最近一次检查</caption><thead><tr><th scope=\"col\">站点</th><th scope=\"col\">检查类型</th><th scope=\"col\" class=\"date\">检查时间（北京时间）</th>");
        html.Append("<th scope=\"col\">状态</th><th scope=\"col\" class=\"num\">检查页面</th><th scope=\"col\" class=\"num\">检查链接</th>");
        html.Append("<th scope=\"col\" class=\"num\">新发现</th><th scope=\"col\" class=\"num\">已整改</th><th scope=\"col\">较上次</th></tr></thead><tbody>");
        foreach (var run in lastRuns)
        {
            var kind = ReportRunKind.IsSiteInspection(run) ? "inspection" : "report-check";
            html.Append(CultureInfo.InvariantCulture, $"<tr data-run-kind=\"{kind}\"><th scope=\"row\">{HtmlText.Encode(data.SiteName(run.SiteId))}</th><td>{ReportRunKind.Name(run)}</td><td class=\"date\">{HtmlTimeFormat.Beijing(run.StartedAt)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlReportLabels.RunStatus(run.Status)}</td><td class=\"num\">{run.PagesCrawled}</td><td class=\"num\">{run.LinksChecked}</td>");
            var key = ReportRunKind.IsSiteInspection(run) ? HtmlText.Encode(run.SiteId) : "report:" + HtmlText.Encode(run.SiteId);
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-count=\"new:{key}\">{run.NewFindings}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-count=\"fixed:{key}\">{run.ResolvedFindings}</td>");
            html.Append("<td>").Append(ChangeSincePrevious(data, run)).Append("</td></tr>");
        }

        if (lastRuns.Count == 0)
        {
            html.Append("<tr><td colspan=\"9\">暂无检查记录。</td></tr>");
        }
        else if (inspections.Count > 1)
        {
            // The total adds up site inspections only: a report check's "pages" are report files.
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">网站检查合计</th><td></td><td></td><td></td><td class=\"num\">{inspections.Sum(r => r.PagesCrawled)}</td><td class=\"num\">{inspections.Sum(r => r.LinksChecked)}</td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"num\" data-count=\"new-total\">{inspections.Sum(r => r.NewFindings)}</td><td class=\"num\" data-count=\"fixed-total\">{inspections.Sum(r => r.ResolvedFindings)}</td><td></td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>
    /// How the last run's findings compare with the site's run of the same kind before it (an inspection with an
    /// inspection, a report check with a report check), so "worse than yesterday" shows at once.
    /// </summary>
    private static string ChangeSincePrevious(ReportData data, RunRecord last)
    {
        var inspection = ReportRunKind.IsSiteInspection(last);
        var previous = data.Runs
            .Where(r => r.SiteId == last.SiteId && r.StartedAt < last.StartedAt && ReportRunKind.IsSiteInspection(r) == inspection)
            .MaxBy(r => r.StartedAt);
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
        // Site inspections only: a report check counts one report's findings, and in the same line would read as a fix.
        html.Append("<section id=\"trend\" aria-labelledby=\"trend-heading\"><h2 id=\"trend-heading\">问题数量趋势（最近 30 次网站检查）</h2>\n");
        var sites = data.Runs.Where(ReportRunKind.IsSiteInspection).GroupBy(r => r.SiteId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (sites.Count == 0)
        {
            html.Append("<p>暂无检查记录。</p>");
        }

        html.Append("<div class=\"trend-grid\">");
        for (var i = 0; i < sites.Count; i++)
        {
            var runs = sites[i].OrderByDescending(r => r.StartedAt).Take(ReportDataLoader.RunsPerSite).Reverse().ToList();
            html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>站点：{HtmlText.Encode(data.SiteName(sites[i].Key))}</figcaption>");
            html.Append(HtmlTrendChart.Render(data.SiteName(sites[i].Key), runs, $"trend-{i}")).Append("</figure>\n");
        }

        html.Append("</div>");

        html.Append("</section>\n");
    }

    private static void AppendFilters(StringBuilder html, ReportData data, IReadOnlyList<Finding> open)
    {
        html.Append("<section id=\"filter-section\" aria-labelledby=\"filter-heading\"><h2 id=\"filter-heading\" class=\"filters-heading\">问题列表</h2>\n");
        html.Append("<form id=\"filters\" class=\"filters\" role=\"search\">");
        // Radio buttons, not a list box: one click or arrow key picks a severity, and each choice is visible at once.
        html.Append("<fieldset class=\"severity-filter\"><legend>严重程度</legend>");
        html.Append("<label><input type=\"radio\" name=\"severity\" id=\"filter-severity-all\" value=\"\" checked>全部</label>");
        foreach (var severity in SeveritiesHighFirst)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<label><input type=\"radio\" name=\"severity\" id=\"filter-severity-{severity.ToToken()}\" value=\"{severity.ToToken()}\">{severity.ToChinese()}</label>");
        }

        html.Append("</fieldset>");
        html.Append("<label for=\"filter-rule\">规则<select id=\"filter-rule\" name=\"rule\"><option value=\"\">全部</option>");
        foreach (var rule in data.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).OrderBy(HtmlReportLabels.RuleOrder).ThenBy(r => r, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlText.Encode(rule)}\">{HtmlText.Encode(HtmlReportLabels.RuleName(rule))}</option>");
        }

        html.Append("</select></label>");
        html.Append("<label for=\"filter-site\">站点<select id=\"filter-site\" name=\"site\"><option value=\"\">全部</option>");
        foreach (var site in data.Findings.Select(f => f.SiteId).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlText.Encode(site)}\">{HtmlText.Encode(data.SiteName(site))}</option>");
        }

        html.Append("</select></label>");
        html.Append("<label for=\"filter-q\">搜索（问题说明、页面、链接地址、整改情况）<input id=\"filter-q\" name=\"q\" type=\"search\" autocomplete=\"off\"></label>");
        html.Append("<button type=\"reset\">清除筛选</button></form>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"count\" role=\"status\" aria-live=\"polite\">显示 <span id=\"shown-count\">{open.Count}</span> / <span id=\"total-count\">{open.Count}</span> 条未整改问题<span id=\"filter-summary\"></span></p>\n");
        html.Append("</section>\n");
    }

    private static void AppendOpenFindings(StringBuilder html, ReportData data, IReadOnlyList<Finding> open)
    {
        html.Append("<section id=\"open-findings\" aria-label=\"未整改问题\">\n<div id=\"open-list\">");
        if (open.Count == 0)
        {
            html.Append("<p>没有未整改问题。</p>");
        }

        HtmlFindingList.AppendFirstPage(html, data, open, resolved: false);
        html.Append("</div>\n");
        AppendPager(html, "open", "未整改问题分页", open.Count, withPrintAll: true);
        if (open.Count > HtmlFindingList.PageSize)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<noscript><p class=\"note\">此处仅列出前 {HtmlFindingList.PageSize} 条（共 {open.Count} 条）。浏览器启用脚本后可翻页、筛选和打印全部问题；完整清单也见整改台账（Excel）。</p></noscript>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>
    /// The resolved part: findings an inspection found fixed (paged by the script), then those the office marked
    /// 无需整改, with who marked them, when and why; neither kind counts as 未整改.
    /// </summary>
    private static void AppendResolvedFindings(StringBuilder html, ReportData data, IReadOnlyList<Finding> resolved, IReadOnlyList<Finding> suppressed)
    {
        var summary = suppressed.Count == 0
            ? $"已整改问题（{resolved.Count} 条）"
            : $"已整改和无需整改问题（已整改 {resolved.Count} 条，无需整改 {suppressed.Count} 条）";
        html.Append(CultureInfo.InvariantCulture, $"<details id=\"resolved\"><summary>{summary}</summary>\n<div id=\"resolved-list\">");
        if (resolved.Count == 0)
        {
            html.Append("<p>没有已整改问题。</p>");
        }

        HtmlFindingList.AppendFirstPage(html, data, resolved, resolved: true);
        html.Append("</div>\n");
        AppendPager(html, "resolved", "已整改问题分页", resolved.Count, withPrintAll: false);
        if (suppressed.Count > 0)
        {
            AppendSuppressed(html, data, suppressed);
        }

        html.Append("</details>\n");
    }

    private static void AppendSuppressed(StringBuilder html, ReportData data, IReadOnlyList<Finding> suppressed)
    {
        html.Append("<section id=\"suppressed\" aria-labelledby=\"suppressed-heading\">");
        html.Append(CultureInfo.InvariantCulture,
            $"<h3 id=\"suppressed-heading\">无需整改（<span data-count=\"suppressed\">{suppressed.Count}</span> 条，本单位登记，不计入未整改数，不告警；问题内容变化或整改后再次出现时自动恢复为未整改）</h3>\n");
        html.Append("<table class=\"findings suppressed\"><thead><tr><th scope=\"col\" class=\"col-sev\">严重程度</th><th scope=\"col\">站点</th>");
        html.Append("<th scope=\"col\" class=\"col-url\">所在页面</th><th scope=\"col\" class=\"col-message\">问题说明</th><th scope=\"col\" class=\"col-rect\">无需整改理由</th>");
        html.Append("<th scope=\"col\">登记人</th><th scope=\"col\" class=\"date\">登记时间</th><th scope=\"col\" class=\"date\">最近发现</th></tr></thead><tbody>\n");
        foreach (var finding in suppressed)
        {
            var record = finding.CurrentRectification()!;
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"suppressed-finding\" data-severity=\"{finding.Severity.ToToken()}\" data-rule=\"{HtmlText.Encode(finding.RuleId)}\" data-site=\"{HtmlText.Encode(finding.SiteId)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"sev sev-{finding.Severity.ToToken()}\">{finding.Severity.ToChinese()}</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(data.SiteName(finding.SiteId))}</td>");
            html.Append("<td>").Append(HtmlText.LinkOrText(finding.PageUrl)).Append("</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><strong>{HtmlText.Encode(HtmlReportLabels.RuleName(finding.RuleId))}</strong>：{HtmlText.Encode(finding.Message)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(record.NoActionReason ?? string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(record.StatusSetBy ?? string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"date\">{(record.StatusSetAt is { } at ? HtmlTimeFormat.Beijing(at) : string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"date\">{HtmlTimeFormat.Beijing(finding.LastSeen)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    /// <summary>Paging controls, hidden until the script runs (without it they could do nothing).</summary>
    private static void AppendPager(StringBuilder html, string list, string label, int count, bool withPrintAll)
    {
        var pages = Math.Max(1, (count + HtmlFindingList.PageSize - 1) / HtmlFindingList.PageSize);
        html.Append(CultureInfo.InvariantCulture, $"<nav class=\"pager\" id=\"{list}-pager\" aria-label=\"{label}\" hidden>");
        html.Append("<button type=\"button\" data-page=\"prev\">上一页</button>");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"page-status\">第 1 / {pages} 页（每页 {HtmlFindingList.PageSize} 条）</span>");
        html.Append("<button type=\"button\" data-page=\"next\">下一页</button>");
        if (withPrintAll)
        {
            html.Append("<button type=\"button\" id=\"print-all\">打印全部筛选结果</button>");
        }

        html.Append("</nav>\n");
    }
}
