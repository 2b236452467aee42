using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// Finds the next page of a report published as one article over several pages: the link of the article's own pager
/// (下一页, or the next page number) to a sibling page of the same article, i.e. the first page's name with a
/// <c>_N</c> suffix in the same folder (TRS: t20210128_123.html, t20210128_123_1.html …) or the same address with a
/// page query parameter (?page=2). Anything else is not followed: a 下一篇 (next article), a column's list pager
/// (index_1.html), a link to another host. The caller decides that the page is a report; this only reads its pager.
/// </summary>
internal static partial class ArticleNextPageFinder
{
    /// <summary>File names of column (list) pages, whose pagers page through articles, not through one article.</summary>
    private static readonly HashSet<string> ColumnStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "index", "default", "list", "lists", "more", "column", "channel", "search",
    };

    /// <summary>Query parameters CMSs page an article with (case-insensitive).</summary>
    private static readonly HashSet<string> PageParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "p", "pg", "pn", "pageno", "pagenum", "pagenumber", "pageindex", "curpage", "currentpage", "cp",
    };

    /// <summary>Hostile markup is not worth a deeper parse; a pager sits near the top level anyway.</summary>
    private const int MaxNestingDepth = 400;

    /// <summary>The next page of the first page of an article.</summary>
    public static Uri? Find(string html, Uri pageUrl) => Find(html, pageUrl, pageUrl, 1);

    /// <param name="html">The page read.</param>
    /// <param name="pageUrl">Its address (after redirects): relative links resolve against it.</param>
    /// <param name="firstPageUrl">The article's first page: its name is the stem every later page shares.</param>
    /// <param name="pageNumber">The page's number, 1 for the first page: a numbered pager's next link is this plus one.</param>
    public static Uri? Find(string html, Uri pageUrl, Uri firstPageUrl, int pageNumber)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(firstPageUrl);
        if (Article.Of(firstPageUrl) is not { } article || Load(html) is not { } document)
        {
            return null;
        }

        // A worded 下一页 is the clearest; then the next page's number; an arrow alone last (» is often 尾页).
        Uri? numbered = null, arrow = null;
        foreach (var anchor in document.DocumentNode.Descendants("a"))
        {
            var label = Label(anchor);
            var kind = NextKind(label, pageNumber);
            if (kind == LinkKind.None || Target(anchor, pageUrl) is not { } target || SameAddress(target, pageUrl) || !article.HasPage(target))
            {
                continue;
            }

            switch (kind)
            {
                case LinkKind.Worded:
                    return target;
                case LinkKind.Numbered:
                    numbered ??= target;
                    break;
                default:
                    arrow ??= target;
                    break;
            }
        }

        return numbered ?? arrow ?? ScriptPager(html, pageUrl, article, pageNumber);
    }

    /// <summary>
    /// True for a line that is only pager text (共3页 第1页 上一页 下一页 尾页 …), which a joined report leaves out.
    /// A line of page numbers alone is kept: it cannot be told from a number in the report.
    /// </summary>
    public static bool IsPagerLine(string line) =>
        PagerLine().IsMatch(line) && PagerWord().IsMatch(line);

    private static HtmlDocument? Load(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNestingDepth };
        try
        {
            document.LoadHtml(html);
            return document;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Too deeply nested (HtmlAgilityPack throws a plain Exception): no pager is read, the page stands alone.
            return null;
        }
    }

    /// <summary>The link's text, else its title, else the alt text of an image button.</summary>
    private static string Label(HtmlNode anchor)
    {
        var text = Collapse(anchor.InnerText);
        if (text.Length > 0)
        {
            return text;
        }

        var title = Collapse(anchor.GetAttributeValue("title", string.Empty));
        return title.Length > 0 ? title : Collapse(anchor.Descendants("img").FirstOrDefault()?.GetAttributeValue("alt", string.Empty) ?? string.Empty);
    }

    private static LinkKind NextKind(string label, int pageNumber) =>
        NextLabel().IsMatch(label) ? LinkKind.Worded
        : NextArrow().IsMatch(label) ? LinkKind.Arrow
        : PageNumber(label) == pageNumber + 1 ? LinkKind.Numbered
        : LinkKind.None;

    /// <summary>"2", "[2]", "第2页"; 0 when the label is no page number.</summary>
    private static int PageNumber(string label) =>
        NumberLabel().Match(label) is { Success: true } match && int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static Uri? Target(HtmlNode anchor, Uri pageUrl)
    {
        var href = HtmlEntity.DeEntitize(anchor.GetAttributeValue("href", string.Empty)).Trim();
        if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(pageUrl, href, out var target)
            || target.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return target;
    }

    private static bool SameAddress(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    /// <summary>
    /// TRS writes an article's pager with a script, createPageHTML(pages, current, "stem", "ext"): pages are stem.ext,
    /// stem_1.ext … The call counts only when its stem is the article's own (a column's is "index").
    /// </summary>
    private static Uri? ScriptPager(string html, Uri pageUrl, Article article, int pageNumber)
    {
        foreach (Match call in CreatePageHtml().Matches(html))
        {
            var count = int.Parse(call.Groups["count"].Value, CultureInfo.InvariantCulture);
            var current = int.Parse(call.Groups["current"].Value, CultureInfo.InvariantCulture);
            if (current + 1 >= count || current != pageNumber - 1)
            {
                continue;
            }

            var name = $"{call.Groups["stem"].Value}_{current + 1}.{call.Groups["ext"].Value}";
            if (Uri.TryCreate(pageUrl, name, out var target) && !SameAddress(target, pageUrl) && article.HasPage(target))
            {
                return target;
            }
        }

        return null;
    }

    private enum LinkKind
    {
        None,
        Worded,
        Numbered,
        Arrow,
    }

    private static string Collapse(string text) => WhiteSpace().Replace(HtmlEntity.DeEntitize(text), " ").Trim();

    /// <summary>The first page of an article and the addresses its later pages may have.</summary>
    private sealed record Article(Uri First, string Folder, string Stem, string Extension)
    {
        public static Article? Of(Uri first)
        {
            if (!first.IsAbsoluteUri || first.Scheme is not ("http" or "https"))
            {
                return null;
            }

            var path = first.AbsolutePath;
            var slash = path.LastIndexOf('/');
            var name = path[(slash + 1)..];
            var dot = name.LastIndexOf('.');
            var stem = dot > 0 ? name[..dot] : name;
            var extension = dot > 0 ? name[dot..] : string.Empty;
            return new Article(first, path[..(slash + 1)], stem, extension);
        }

        /// <summary>A folder address or a column's file name (index.html): a list page, not an article.</summary>
        private bool IsColumn => Stem.Length == 0 || ColumnStems.Contains(Stem);

        /// <summary>True when <paramref name="candidate"/> is a later page of this article.</summary>
        public bool HasPage(Uri candidate)
        {
            if (Uri.Compare(candidate, First, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            var path = candidate.AbsolutePath;
            if (path == First.AbsolutePath)
            {
                return IsQueryPage(candidate);
            }

            // stem_N.ext in the same folder, with the same query (usually none); a column's index_N is a list page.
            var name = path.StartsWith(Folder, StringComparison.Ordinal) ? path[Folder.Length..] : string.Empty;
            return !IsColumn
                && name.Length > Stem.Length + 1 + Extension.Length
                && name.StartsWith(Stem + "_", StringComparison.Ordinal)
                && name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)
                && SuffixNumber().IsMatch(name[(Stem.Length + 1)..^Extension.Length])
                && candidate.Query == First.Query;
        }

        /// <summary>
        /// The same path with a page parameter and otherwise the same parameters. A bare column address
        /// (list.html?page=2) is a list page; a column name with an article id (index.jsp?id=5&amp;page=2) is not.
        /// </summary>
        private bool IsQueryPage(Uri candidate)
        {
            var own = Parameters(First);
            var theirs = Parameters(candidate);
            var page = theirs.Where(p => PageParameters.Contains(p.Name)).ToList();
            if (page.Count != 1 || !SuffixNumber().IsMatch(page[0].Value))
            {
                return false;
            }

            var rest = own.Where(p => !PageParameters.Contains(p.Name)).ToList();
            if (rest.Count == 0 && IsColumn)
            {
                return false;
            }

            var candidateRest = theirs.Where(p => !PageParameters.Contains(p.Name));
            return rest.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
                .SequenceEqual(candidateRest.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal));
        }

        private static List<(string Name, string Value)> Parameters(Uri url) =>
            url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(parts => (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty))
                .ToList();
    }

    [GeneratedRegex(@"^(?:下一页|下页|后一页|后页|下一頁|下頁|next(?:\s*page)?)(?:\s*[>›»]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"^[>›]$", RegexOptions.CultureInvariant)]
    private static partial Regex NextArrow();

    [GeneratedRegex(@"^(?:\[\s*(?<n>[0-9]{1,3})\s*\]|第\s*(?<n>[0-9]{1,3})\s*页|(?<n>[0-9]{1,3}))$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SuffixNumber();

    [GeneratedRegex(@"createPageHTML\(\s*['""]?(?<count>[0-9]{1,3})['""]?\s*,\s*['""]?(?<current>[0-9]{1,3})['""]?\s*,\s*['""](?<stem>[A-Za-z0-9_\-]+)['""]\s*,\s*['""](?<ext>[A-Za-z]{2,6})['""]", RegexOptions.CultureInvariant)]
    private static partial Regex CreatePageHtml();

    [GeneratedRegex(@"^(?:\s|共\s*[0-9]+\s*页|第\s*[0-9]+\s*页|当前第?\s*[0-9]+\s*(?:/\s*[0-9]+\s*)?页|[0-9]+\s*/\s*[0-9]+|[0-9]{1,3}|首页|上一页|下一页|上页|下页|前一页|后一页|尾页|末页|最后一页|跳转到?|转到|到第|页|GO|确定|[\[\]<>«»‹›…]|\.\.\.)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PagerLine();

    [GeneratedRegex(@"页|[<>«»‹›]", RegexOptions.CultureInvariant)]
    private static partial Regex PagerWord();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
