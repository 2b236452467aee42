using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceFns.Engine.Extraction;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Reports.Publication;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>
/// Reads an organ's 政府信息公开年报 column page by page. Government CMSs paginate as index.html, index_1.html …:
/// pages linked from the pager are followed, and a stated page count ("共3页", TRS's createPageHTML(3, …)) adds the
/// pages a script pager would show. A page that cannot be read makes the listing incomplete, never shorter.
/// </summary>
public static partial class AnnualReportColumnReader
{
    /// <summary>A column with more pages than this is a trap or a misconfigured URL, not a report list.</summary>
    public const int MaxColumnPages = 50;

    public static async Task<ColumnListing> ReadAsync(
        string columnUrl, IReadOnlyCollection<string> organNames, PublicationPageFetcher fetcher, CancellationToken cancellationToken)
    {
        if (!UrlCanonicalizer.TryCanonicalize(columnUrl, out var first))
        {
            return new ColumnListing([], [], new HashSet<string>(), $"年报栏目地址无效：{columnUrl}");
        }

        var queue = new Queue<string>([first]);
        var queued = new HashSet<string>(StringComparer.Ordinal) { first };
        var entries = new List<ColumnEntry>();
        var entryUrls = new HashSet<string>(StringComparer.Ordinal);
        var pagesRead = new List<string>();
        IReadOnlySet<string> template = new HashSet<string>();
        while (queue.TryDequeue(out var url))
        {
            if (pagesRead.Count >= MaxColumnPages)
            {
                return new ColumnListing(entries, pagesRead, template, $"年报栏目 {first} 超过 {MaxColumnPages} 页，未读完");
            }

            var page = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                return new ColumnListing(entries, pagesRead, template, $"页面预算已用完，年报栏目 {url} 未能读取");
            }

            if (!page.IsHtml)
            {
                return new ColumnListing(entries, pagesRead, template, $"年报栏目页面 {url} 无法读取：{page.Failure ?? "不是网页"}");
            }

            pagesRead.Add(url);
            var document = new HtmlDocument();
            document.LoadHtml(page.Html);
            if (pagesRead.Count == 1)
            {
                template = TextLines(page.Html!, page.FinalUrl);
            }

            foreach (var (href, text, title) in Anchors(document, page.FinalUrl))
            {
                var listed = ReportTitleMatcher.YearOf(title, organNames) is not null ? title : text;
                if (ReportTitleMatcher.YearOf(listed, organNames) is { } year && entryUrls.Add(href))
                {
                    entries.Add(new ColumnEntry(href, listed, year));
                }
                else if (IsPaginationOf(first, href) && queued.Add(href))
                {
                    queue.Enqueue(href);
                }
            }

            foreach (var pageUrl in StatedPages(first, document.DocumentNode.InnerText, page.Html!))
            {
                if (queued.Add(pageUrl))
                {
                    queue.Enqueue(pageUrl);
                }
            }
        }

        return new ColumnListing(entries, pagesRead, template, null);
    }

    /// <summary>Visible text lines of a page (the column's first page gives the site template).</summary>
    internal static IReadOnlySet<string> TextLines(string html, Uri url) =>
        HtmlPageParser.Parse(html, url).VisibleText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Href, string Text, string Title)> Anchors(HtmlDocument document, Uri pageUrl)
    {
        foreach (var anchor in document.DocumentNode.Descendants("a"))
        {
            var href = anchor.GetAttributeValue("href", null);
            if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(pageUrl, HtmlEntity.DeEntitize(href.Trim()), out var target)
                || target.Scheme is not ("http" or "https") || !UrlCanonicalizer.TryCanonicalize(target, out var canonical))
            {
                continue;
            }

            yield return (canonical, Collapse(HtmlEntity.DeEntitize(anchor.InnerText)), Collapse(HtmlEntity.DeEntitize(anchor.GetAttributeValue("title", string.Empty))));
        }
    }

    /// <summary>index.html, index_1.html … in the column's own folder.</summary>
    private static bool IsPaginationOf(string columnUrl, string candidate)
    {
        var folder = Folder(columnUrl);
        if (!candidate.StartsWith(folder, StringComparison.Ordinal))
        {
            return false;
        }

        return PageFile().IsMatch(candidate[folder.Length..]);
    }

    /// <summary>The pages a "共N页" text or a TRS createPageHTML(N, …) call announces, as index_1 … index_{N-1}.</summary>
    private static IEnumerable<string> StatedPages(string columnUrl, string text, string html)
    {
        var count = 0;
        if (PageCountText().Match(text) is { Success: true } stated)
        {
            count = int.Parse(stated.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        else if (CreatePageHtml().Match(html) is { Success: true } script)
        {
            count = int.Parse(script.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        var folder = Folder(columnUrl);
        var extension = Path.GetExtension(new Uri(columnUrl).AbsolutePath) is { Length: > 1 } ext ? ext : ".html";
        for (var i = 1; i < Math.Min(count, MaxColumnPages + 1); i++)
        {
            yield return $"{folder}index_{i}{extension}";
        }
    }

    private static string Folder(string url)
    {
        var uri = new Uri(url);
        var path = uri.AbsolutePath;
        return uri.GetLeftPart(UriPartial.Authority) + path[..(path.LastIndexOf('/') + 1)];
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^index(?:_[0-9]{1,4})?\.s?html?$")]
    private static partial Regex PageFile();

    [GeneratedRegex(@"共\s*(?<n>[0-9]{1,4})\s*页")]
    private static partial Regex PageCountText();

    [GeneratedRegex(@"createPageHTML\(\s*['""]?(?<n>[0-9]{1,4})")]
    private static partial Regex CreatePageHtml();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
