using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Crawling;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>
/// The publication checks of one site, after its crawl: each configured organ's column is read (with its
/// pagination), each listed report page is read for its date and narrative (all its pages when it is split over
/// several), and the crawled pages are searched for copies of missing years published elsewhere on the site.
/// </summary>
public static class PublicationInspector
{
    private static readonly string[] DocumentExtensions = [".pdf", ".doc", ".docx", ".wps", ".ofd", ".xls", ".xlsx", ".zip"];

    public static async Task<PublicationOutcome> InspectAsync(
        SiteOptions site, IReadOnlyList<CrawledPage> crawled, PublicationPageFetcher fetcher, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var pagesRead = new List<string>();
        var notes = new List<string>();
        var complete = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organ in site.Organs)
        {
            var names = new List<string> { organ.Name };
            names.AddRange(organ.Aliases);
            var listing = await AnnualReportColumnReader.ReadAsync(organ.AnnualReportColumnUrl, names, fetcher, cancellationToken).ConfigureAwait(false);
            pagesRead.AddRange(listing.PagesRead);
            if (listing.Error is { } error)
            {
                notes.Add($"{organ.Name}：{error}，年报是否缺失、是否发布在规定栏目本次不作判定");
            }

            var reports = new List<PublishedReport>();
            foreach (var entry in listing.Entries)
            {
                var page = await ReadReportAsync(entry.Url, listing.TemplateLines, fetcher, pagesRead, notes, cancellationToken).ConfigureAwait(false);
                reports.Add(new PublishedReport(entry.Year, entry.Title, entry.Url, InColumn: true, page));
            }

            // Without the whole column, a copy elsewhere cannot be told from a listed one on an unread page.
            foreach (var (year, title, url, linkedFrom) in listing.IsComplete ? ElsewhereOnSite(crawled, names, listing) : [])
            {
                var page = await ReadReportAsync(url, listing.TemplateLines, fetcher, pagesRead, notes, cancellationToken).ConfigureAwait(false);
                reports.Add(new PublishedReport(year, title, url, InColumn: false, page) { LinkedFrom = linkedFrom });
            }

            var columnUrl = UrlCanonicalizer.TryCanonicalize(organ.AnnualReportColumnUrl, out var canonical) ? canonical : organ.AnnualReportColumnUrl;
            var (organFindings, organNotes) = PublicationFindingAssembler.Assemble(site.Id, organ, columnUrl, listing.IsComplete, reports, now);
            findings.AddRange(organFindings);
            notes.AddRange(organNotes);
            if (listing.IsComplete)
            {
                complete.Add(organ.Name);
            }
        }

        return new PublicationOutcome(findings, pagesRead.Distinct(StringComparer.Ordinal).ToList(), notes, complete);
    }

    /// <summary>
    /// Links on crawled pages outside the column whose text is a report of the organ for a year the column lacks:
    /// news items, notices or attachments that are the only copy (each target once, first linking page kept).
    /// </summary>
    private static IEnumerable<(int Year, string Title, string Url, string LinkedFrom)> ElsewhereOnSite(
        IReadOnlyList<CrawledPage> crawled, IReadOnlyCollection<string> names, ColumnListing listing)
    {
        var columnPages = listing.PagesRead.ToHashSet(StringComparer.Ordinal);
        var listed = listing.Entries.Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        var yearsListed = listing.Entries.Select(e => e.Year).ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in crawled)
        {
            if (columnPages.Contains(page.Url) || listed.Contains(page.Url))
            {
                continue;
            }

            foreach (var link in page.Links)
            {
                if (link.TargetUrl is null || link.Kind is not (LinkKind.Anchor or LinkKind.Attachment or LinkKind.Area) || listed.Contains(link.TargetUrl))
                {
                    continue;
                }

                if (ReportTitleMatcher.YearOf(link.Text, names) is { } year && !yearsListed.Contains(year) && seen.Add(link.TargetUrl))
                {
                    yield return (year, link.Text, link.TargetUrl, page.Url);
                }
            }
        }
    }

    private static async Task<ReportPage?> ReadReportAsync(
        string url, IReadOnlySet<string> templateLines, PublicationPageFetcher fetcher, List<string> pagesRead, List<string> notes,
        CancellationToken cancellationToken)
    {
        var path = new Uri(url).AbsolutePath;
        if (DocumentExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return ReportPageReader.FromUrlOnly(url); // an attachment: its text is the document readers' business
        }

        var page = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (page is null)
        {
            notes.Add($"页面预算已用完，年报页面 {url} 未读取");
            return null;
        }

        if (page.Failure is { } failure)
        {
            notes.Add($"年报页面 {url} 无法读取：{failure}");
            return null;
        }

        pagesRead.Add(url);
        if (page.Html is not { } html)
        {
            return ReportPageReader.FromUrlOnly(url);
        }

        // Each page is capped by the fetcher and counts against the site's page budget; there are at most MaxPages.
        var pages = await ReportPageWalker.ReadAsync(
            page.FinalUrl, html, (next, ct) => FetchLaterPageAsync(next, fetcher, pagesRead, ct), long.MaxValue, cancellationToken).ConfigureAwait(false);
        if (pages.Gap is { } gap)
        {
            notes.Add($"年报页面 {url}：{gap}");
        }

        return ReportPageReader.Read(pages.Pages, templateLines);
    }

    /// <summary>A later page of a paginated report page, through the same fetcher and budget as the first.</summary>
    private static async Task<ReportPageFetch> FetchLaterPageAsync(Uri next, PublicationPageFetcher fetcher, List<string> pagesRead, CancellationToken ct)
    {
        var url = UrlCanonicalizer.TryCanonicalize(next, out var canonical) ? canonical : next.AbsoluteUri;
        var page = await fetcher.FetchAsync(url, ct).ConfigureAwait(false);
        if (page is null)
        {
            return new ReportPageFetch(next, null, "页面预算已用完");
        }

        if (page.Failure is { } failure)
        {
            return new ReportPageFetch(page.FinalUrl, null, failure);
        }

        pagesRead.Add(url);
        return new ReportPageFetch(page.FinalUrl, page.Html, null);
    }
}
