using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Reporting;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// <c>results/{name}.html</c>: one self-contained Simplified-Chinese page for one uploaded report, with the findings
/// report's style sheet and Content-Security-Policy (nothing is fetched; every text is HTML-encoded).
/// </summary>
public static class UploadResultPage
{
    public static string Render(UploadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var heading = $"年报上传核查结果：{FileName(result.Upload)}";
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlReportRenderer.ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Encode(heading)}</title>\n");
        html.Append("<style>").Append(HtmlReportStyles.Source).Append("</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{HtmlText.Encode(heading)}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"meta\">上传文件：{HtmlText.Encode(result.Upload)}（{Size(result.Size)}，上传时间 {HtmlTimeFormat.Beijing(result.UploadedAt)}，北京时间）</p></header>\n<main>\n");

        AppendSummary(html, result);
        if (result.ReadFailure is { } failure)
        {
            html.Append("<section id=\"read-failure\"><h2>文件无法读取</h2><p>").Append(HtmlText.Encode(failure))
                .Append("</p><p>请检查文件后重新上传（支持HTML、文本、DOCX和PDF格式）。</p></section>\n");
        }
        else
        {
            AppendIssues(html, result);
            AppendUndecidable(html, result);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, UploadResult result)
    {
        html.Append("<section id=\"summary\"><h2>概况</h2>\n<table class=\"summary\"><tbody>");
        Row(html, "站点", result.SiteId);
        Row(html, "报告标题", result.Title ?? "（未识别）");
        Row(html, "机关", result.Organ ?? "（未识别）");
        Row(html, "年度", result.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) + "年" : "（未识别）");
        Row(html, "文件格式", result.Format?.ToUpperInvariant() ?? "（未读取）");
        Row(html, "核查结论", Conclusion(result));
        if (result.PreviousYearSource is { } previous)
        {
            Row(html, "上一年度报告", previous);
        }

        if (result.StoreNote is { } storeNote)
        {
            Row(html, "存储", storeNote);
        }

        html.Append("</tbody></table>\n<table class=\"summary\"><caption>问题数量（按严重程度）</caption><thead><tr>")
            .Append("<th scope=\"col\">严重程度</th><th scope=\"col\" class=\"num\">数量</th></tr></thead><tbody>");
        foreach (var (token, label, count) in new[] { ("serious", "严重", result.Counts.Serious), ("general", "一般", result.Counts.General), ("hint", "提示", result.Counts.Hint) })
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\"><span class=\"sev sev-{token}\">{label}</span></th><td class=\"num\" data-count=\"{token}\">{count}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void AppendIssues(StringBuilder html, UploadResult result)
    {
        html.Append("<section id=\"issues\"><h2>发现的问题</h2>\n");
        if (result.Issues.Count == 0)
        {
            html.Append("<p>未发现问题。</p></section>\n");
            return;
        }

        html.Append("<table class=\"findings\"><thead><tr><th scope=\"col\">序号</th><th scope=\"col\">严重程度</th><th scope=\"col\">规则</th>")
            .Append("<th scope=\"col\">位置</th><th scope=\"col\">问题说明</th><th scope=\"col\">应为</th><th scope=\"col\">实为</th></tr></thead><tbody>\n");
        for (var i = 0; i < result.Issues.Count; i++)
        {
            var issue = result.Issues[i];
            var place = string.Join(' ', new[] { issue.Table, issue.RowLabel, issue.Column }.Where(p => !string.IsNullOrEmpty(p)));
            html.Append(CultureInfo.InvariantCulture, $"<tr data-rule=\"{HtmlText.Encode(issue.Rule)}\"><td class=\"num\">{i + 1}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><span class=\"sev sev-{HtmlText.Encode(issue.Severity)}\">{HtmlText.Encode(issue.SeverityLabel)}</span></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(issue.Rule)} {HtmlText.Encode(issue.RuleName)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(place.Length == 0 ? "全文" : place)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(issue.Message)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlText.Encode(issue.Expected)}</td><td>{HtmlText.Encode(issue.Actual)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void AppendUndecidable(StringBuilder html, UploadResult result)
    {
        if (result.Undecidable.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"undecidable\"><h2>不可判定的检查</h2><p>以下检查因报告内容不足无法判定，请人工核对：</p><ul>\n");
        foreach (var item in result.Undecidable)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{HtmlText.Encode(item.Rule)}：{HtmlText.Encode(item.Reason)}</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static string Conclusion(UploadResult result) =>
        result.ReadFailure is not null ? "文件无法读取，未核查"
        : result.Issues.Count == 0 ? "未发现问题"
        : string.Create(CultureInfo.InvariantCulture,
            $"发现 {result.Issues.Count} 个问题（严重 {result.Counts.Serious}，一般 {result.Counts.General}，提示 {result.Counts.Hint}）");

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{label}</th><td>{HtmlText.Encode(value)}</td></tr>");

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}
