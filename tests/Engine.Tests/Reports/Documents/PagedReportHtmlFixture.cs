namespace ComplianceFns.Engine.Tests.Reports.Documents;

/// <summary>
/// The sample report as a TRS-style article over three pages: sections 一–二 (with table 二), section 三 (table 三),
/// sections 四–六 (table 四). Every page repeats the portal template (heading, date line, site footer) and ends with
/// its pager, as real multi-page report pages do.
/// </summary>
internal static class PagedReportHtmlFixture
{
    public const string DateLine = "发布时间：2022-01-28 来源：武清区政务服务办";

    public const string SiteFooter = "网站标识码：1201140001 津ICP备05002063号";

    /// <summary>The sample's text split before the headings of sections 三 and 四.</summary>
    public static IReadOnlyList<string> Parts()
    {
        var lines = SampleReport.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var third = Array.FindIndex(lines, l => l.StartsWith("三、收到和处理", StringComparison.Ordinal));
        var fourth = Array.FindIndex(lines, l => l.StartsWith("四、政府信息公开行政复议", StringComparison.Ordinal));
        Assert.True(third > 0 && fourth > third);
        return [string.Join('\n', lines[..third]), string.Join('\n', lines[third..fourth]), string.Join('\n', lines[fourth..])];
    }

    /// <summary>One page: the part's article with the template around it and <paramref name="pager"/> after the body.</summary>
    public static string Page(string part, string pager)
    {
        var html = ReportHtmlFixture.Page(part);
        var body = html.IndexOf("<div class=\"article\">", StringComparison.Ordinal);
        html = html.Insert(body, $"<div class=\"info\">{DateLine}</div>");
        var footer = html.IndexOf("<footer>", StringComparison.Ordinal);
        return html.Insert(footer, $"{pager}<div class=\"bottom\">{SiteFooter}</div>");
    }

    /// <summary>A TRS pager of page <paramref name="number"/> of <paramref name="count"/> for article <paramref name="stem"/>.</summary>
    public static string TrsPager(string stem, int number, int count)
    {
        static string Name(string stem, int page) => page == 1 ? $"{stem}.html" : $"{stem}_{page - 1}.html";

        var links = new List<string> { $"共{count}页 第{number}页" };
        if (number > 1)
        {
            links.Add($"<a href=\"{Name(stem, 1)}\">首页</a> <a href=\"{Name(stem, number - 1)}\">上一页</a>");
        }

        if (number < count)
        {
            links.Add($"<a href=\"{Name(stem, number + 1)}\">下一页</a> <a href=\"{Name(stem, count)}\">尾页</a>");
        }

        return $"<div class=\"page\">{string.Join(' ', links)}</div>";
    }
}
