using ComplianceFns.Engine.Extraction;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Rules.Pages;
using ComplianceFns.Rules.Reports.Publication;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>
/// Reads what the publication checks need from a report page: the publication date (the page's 发布时间/发布日期,
/// else the date in its URL), the column it says it sits in, and its narrative without tables and site template (of
/// every page, when the report page is split over several).
/// </summary>
public static class ReportPageReader
{
    private static readonly string[] BreadcrumbMarkers = ["position", "crumb", "location", "dqwz", "current"];

    /// <summary>A report that is an attachment (PDF, DOCX) or not HTML: only its URL can date it.</summary>
    public static ReportPage FromUrlOnly(string url)
    {
        var fromUrl = PageDateExtractor.Extract(string.Empty, url);
        return new ReportPage(fromUrl, fromUrl is not null, null, string.Empty);
    }

    /// <param name="html">The report page.</param>
    /// <param name="url">Its final URL.</param>
    /// <param name="templateLines">Lines of the site template (from the column page), left out of the narrative.</param>
    public static ReportPage Read(string html, Uri url, IReadOnlySet<string> templateLines) => Read([(url, html)], templateLines);

    /// <summary>
    /// A report page split over several pages: the first page dates it and names its column; the narrative is every
    /// page's prose in order, the template they repeat and their pagers once left out.
    /// </summary>
    /// <param name="pages">Each page's final URL and HTML, first page first.</param>
    /// <param name="templateLines">Lines of the site template (from the column page), left out of the narrative.</param>
    public static ReportPage Read(IReadOnlyList<(Uri Url, string Html)> pages, IReadOnlySet<string> templateLines)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pages.Count);
        var (url, html) = pages[0];
        var parsed = HtmlPageParser.Parse(html, url);
        var stated = PageDateExtractor.Extract(parsed.VisibleText, null);
        var fromUrl = stated is null ? PageDateExtractor.Extract(string.Empty, url.AbsoluteUri) : null;

        var document = new HtmlDocument();
        document.LoadHtml(html);
        var column = ColumnName(document);

        var prose = PagedReportText.JoinLines(pages.Select(page => Prose(page.Html, page.Url)).ToList())
            .Where(l => !templateLines.Contains(l));
        return new ReportPage(stated ?? fromUrl, stated is null && fromUrl is not null, column, NarrativeSimilarity.Narrative(string.Join('\n', prose)));
    }

    /// <summary>A page's visible lines without its tables: the figures change every year, a copied report is recognised by its prose.</summary>
    private static IReadOnlyList<string> Prose(string html, Uri url)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        foreach (var table in document.DocumentNode.Descendants("table").ToList())
        {
            table.Remove();
        }

        return HtmlPageParser.Parse(document.DocumentNode.OuterHtml, url).VisibleText.Split('\n').Select(l => l.Trim()).ToList();
    }

    /// <summary>The ColumnName meta most government CMSs write, else the last link of the breadcrumb (当前位置).</summary>
    private static string? ColumnName(HtmlDocument document)
    {
        foreach (var meta in document.DocumentNode.Descendants("meta"))
        {
            if (string.Equals(meta.GetAttributeValue("name", null), "ColumnName", StringComparison.OrdinalIgnoreCase)
                && HtmlEntity.DeEntitize(meta.GetAttributeValue("content", string.Empty)).Trim() is { Length: > 0 } name)
            {
                return name;
            }
        }

        var breadcrumb = document.DocumentNode.Descendants()
            .FirstOrDefault(e => e.NodeType == HtmlNodeType.Element
                && (BreadcrumbMarkers.Any(m => e.GetAttributeValue("class", string.Empty).Contains(m, StringComparison.OrdinalIgnoreCase))
                    || e.ChildNodes.FirstOrDefault(c => c.NodeType == HtmlNodeType.Text)?.InnerText.TrimStart().StartsWith("当前位置", StringComparison.Ordinal) == true));
        var last = breadcrumb?.Descendants("a").LastOrDefault();
        return last is null ? null : HtmlEntity.DeEntitize(last.InnerText).Trim() is { Length: > 0 } text ? text : null;
    }
}
