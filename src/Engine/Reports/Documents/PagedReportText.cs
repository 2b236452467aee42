namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// Joins the pages of a report published over several pages into one text. Every page repeats the site template
/// (header, title, breadcrumb, footer) around its part of the article, so a later page keeps only what lies between
/// the lines it shares with the first page at its start and at its end; pager lines (共3页 下一页 …) are left out
/// afterwards, because a pager that differs from page to page ("第1页", "第2页") is what keeps a body line that happens
/// to end two pages alike from being taken for template. The result reads as the first page's header, each page's
/// part in order, then the footer once.
/// </summary>
internal static class PagedReportText
{
    /// <summary>The joined text of decoded report pages (first page first) and the first page's title.</summary>
    public static (string Text, string? Title) Read(IReadOnlyList<string> htmlPages)
    {
        ArgumentOutOfRangeException.ThrowIfZero(htmlPages.Count);
        var pages = new List<IReadOnlyList<string>>(htmlPages.Count);
        string? title = null;
        foreach (var html in htmlPages)
        {
            var (text, pageTitle) = HtmlReportText.Read(html);
            title ??= pageTitle;
            pages.Add(text.Split('\n'));
        }

        return (string.Join('\n', JoinLines(pages)), title);
    }

    /// <summary>The lines of each page (first page first) joined without the repeated template and the pagers.</summary>
    public static IReadOnlyList<string> JoinLines(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pages.Count);
        var first = pages[0].ToList();

        // The footer kept once at the end is what every later page shares with the first page's end.
        var footer = first.Count;
        var parts = new List<IEnumerable<string>>(pages.Count - 1);
        foreach (var page in pages.Skip(1).Select(p => p.ToList()))
        {
            var head = CommonPrefix(first, page);
            var tail = CommonSuffix(first, page, Math.Min(first.Count, page.Count) - head);
            footer = Math.Min(footer, tail);
            parts.Add(page.GetRange(head, page.Count - head - tail));
        }

        IEnumerable<string> joined = first.Take(first.Count - footer);
        foreach (var part in parts)
        {
            joined = joined.Concat(part);
        }

        return joined.Concat(first.Skip(first.Count - footer)).Where(l => !ArticleNextPageFinder.IsPagerLine(l.Trim())).ToList();
    }

    private static int CommonPrefix(List<string> a, List<string> b)
    {
        var n = 0;
        while (n < a.Count && n < b.Count && Same(a[n], b[n]))
        {
            n++;
        }

        return n;
    }

    private static int CommonSuffix(List<string> a, List<string> b, int limit)
    {
        var n = 0;
        while (n < limit && Same(a[a.Count - 1 - n], b[b.Count - 1 - n]))
        {
            n++;
        }

        return n;
    }

    private static bool Same(string a, string b) => a.AsSpan().Trim().SequenceEqual(b.AsSpan().Trim());
}
