namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// Reads every page of a report page split over several pages: from the first page, the pager's next page
/// (<see cref="ArticleNextPageFinder"/>) is fetched through the caller's fetcher until there is none. It stops on a
/// page already read (a pager that loops back, a server that ignores ?page=), after <see cref="MaxPages"/>, when the
/// pages together pass the size limit, and on a page that cannot be read or is not a web page; whatever stopped it
/// short is named in Chinese, so the report is checked from the pages read as a partial copy.
/// </summary>
internal static class ReportPageWalker
{
    /// <summary>No annual report runs to more pages; a longer chain is a trap or a misread pager.</summary>
    public const int MaxPages = 20;

    /// <param name="firstUrl">The first page's address after redirects.</param>
    /// <param name="firstHtml">The first page, decoded.</param>
    /// <param name="fetch">Fetches a later page through the caller's guarded fetcher.</param>
    /// <param name="maxTotalChars">Bound on the pages' decoded size together.</param>
    public static async Task<ReportPages> ReadAsync(
        Uri firstUrl, string firstHtml, Func<Uri, CancellationToken, Task<ReportPageFetch>> fetch, long maxTotalChars, CancellationToken cancellationToken)
    {
        var pages = new List<(Uri Url, string Html)> { (firstUrl, firstHtml) };
        var addresses = new HashSet<string>(StringComparer.Ordinal) { Key(firstUrl) };
        var bodies = new HashSet<string>(StringComparer.Ordinal) { firstHtml };
        var total = (long)firstHtml.Length;
        while (ArticleNextPageFinder.Find(pages[^1].Html, pages[^1].Url, firstUrl, pages.Count) is { } next)
        {
            var number = pages.Count + 1;
            if (!addresses.Add(Key(next)))
            {
                break;
            }

            if (pages.Count >= MaxPages)
            {
                return new ReportPages(pages, $"该网页年报超过{MaxPages}页，第{number}页（{next.AbsoluteUri}）起未读取，以下核查仅基于前{pages.Count}页");
            }

            var page = await fetch(next, cancellationToken).ConfigureAwait(false);
            if (page.Html is not { } html)
            {
                var why = page.Failure is { } failure ? $"无法读取（{failure}）" : "不是网页，无法作为年报的一页读取";
                return new ReportPages(pages, $"第{number}页（{next.AbsoluteUri}）{why}，以下核查仅基于前{pages.Count}页");
            }

            // A redirect to a page already read, or the same page under another address, is the end of the pager.
            if ((Key(page.FinalUrl) != Key(next) && !addresses.Add(Key(page.FinalUrl))) || !bodies.Add(html))
            {
                break;
            }

            total += html.Length;
            if (total > maxTotalChars)
            {
                return new ReportPages(pages, $"各页合计超过大小上限，第{number}页（{next.AbsoluteUri}）起未读取，以下核查仅基于前{pages.Count}页");
            }

            pages.Add((page.FinalUrl, html));
        }

        return new ReportPages(pages, null);
    }

    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
}
