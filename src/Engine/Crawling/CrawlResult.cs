namespace ComplianceFns.Engine.Crawling;

public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages, IReadOnlyList<string> Errors)
{
    /// <summary>Raw exceptions met while crawling: for developers in the run record, never shown to staff.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    public int SkippedByRobots { get; init; }

    public int SkippedAsTraps { get; init; }

    /// <summary>Pages found but not crawled because the page budget or depth limit was reached.</summary>
    public int LeftByBudget { get; init; }

    /// <summary>Pages of the site that answered but could not be read (start pages with no usable answer included).</summary>
    public IReadOnlyList<UnreadPage> UnreadPages { get; init; } = [];

    /// <summary>Pages read and judged "page not found" notices: not inspected further, links to them are the finding.</summary>
    public IReadOnlyList<string> NotFoundPages { get; init; } = [];

    /// <summary>
    /// Every URL whose content this crawl read to the end: the crawled pages, the not-found notices, and the URLs that
    /// redirected to them. Evidence for resolving findings on these pages; an unread page is never in it.
    /// </summary>
    public IReadOnlySet<string> ReadUrls { get; init; } = new HashSet<string>();

    /// <summary>The crawl was stopped (run deadline or caller) before it finished; <see cref="Pages"/> is partial.</summary>
    public bool Cancelled { get; init; }
}
