namespace ComplianceFns.Engine.Crawling;

public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages, IReadOnlyList<string> Errors)
{
    public int SkippedByRobots { get; init; }

    public int SkippedAsTraps { get; init; }

    /// <summary>Pages found but not crawled because the page budget or depth limit was reached.</summary>
    public int LeftByBudget { get; init; }

    /// <summary>The crawl was stopped (run deadline or caller) before it finished; <see cref="Pages"/> is partial.</summary>
    public bool Cancelled { get; init; }
}
