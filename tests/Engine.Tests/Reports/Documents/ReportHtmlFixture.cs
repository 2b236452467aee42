using System.Net;
using System.Text;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

/// <summary>
/// The sample report as a portal page: chrome (nav, script, footer) around the article, paragraphs as &lt;p&gt;, and
/// real tables in which the group labels of table 三 are rowspan cells, so continuation rows lack them as in the
/// flattened text.
/// </summary>
internal static class ReportHtmlFixture
{
    /// <summary>No wrapping and top-aligned cells keep every row on one baseline when Chromium prints it.</summary>
    private const string PrintStyle =
        "@page{size:A3 landscape;margin:8mm} body{font-family:'WenQuanYi Micro Hei';font-size:7pt}"
        + " table{border-collapse:collapse;margin:6px 0} td{white-space:nowrap;vertical-align:top;border:1px solid #000;padding:1px 10px}";

    public static string Page(bool withChrome = true) => Page(SampleReport.Text, withChrome);

    /// <summary>The portal page of any report text in the sample's flattening (an edited copy of the sample).</summary>
    public static string Page(string text, bool withChrome = true)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(SampleReport.Title).Append("_武清区人民政府</title>");
        html.Append("<style>").Append(PrintStyle).Append("</style></head><body>");
        if (withChrome)
        {
            html.Append("<nav><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></nav>");
            html.Append("<script>var tracker = '不应出现在正文中';</script>");
        }

        html.Append("<div class=\"article\"><h1>").Append(SampleReport.Title).Append("</h1>\n");
        foreach (var (isTable, lines) in SampleReport.Blocks(text))
        {
            if (isTable)
            {
                AppendTable(html, lines);
            }
            else
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(lines[0])).Append("</p>\n");
            }
        }

        html.Append("</div>");
        if (withChrome)
        {
            html.Append("<footer>主办：武清区人民政府办公室 版权所有</footer>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<string> rows)
    {
        html.Append("<table>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = SampleReport.Cells(rows[i]);
            html.Append("<tr>");
            for (var c = 0; c < cells.Count; c++)
            {
                var span = c == 0 ? MergedRows(rows, i) : 1;
                // The row labels of 一/二/四 span the group-label columns (colspan), as portals render them.
                var columns = c == 0 && cells[0] is ['一' or '二' or '四', '、', ..] ? " colspan=\"3\"" : string.Empty;
                html.Append(span > 1 ? $"<td rowspan=\"{span}\">" : $"<td{columns}>");
                // Source newlines and indentation inside cells, as CMS output has; the reader collapses them.
                html.Append("\n    ").Append(WebUtility.HtmlEncode(cells[c])).Append("\n</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>How many rows the row's first cell spans: the group labels of table 三 (see <see cref="MergedGroups"/>).</summary>
    public static int MergedRows(IReadOnlyList<string> rows, int index)
    {
        var first = SampleReport.Cells(rows[index])[0];
        var level = MergedGroups.GroupLevel(first);
        if (level == 0)
        {
            return 1;
        }

        var span = 1;
        while (index + span < rows.Count && MergedGroups.ContinuationLevel(rows[index + span]) >= level)
        {
            span++;
        }

        return span;
    }
}
