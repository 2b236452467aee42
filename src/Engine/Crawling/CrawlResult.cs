namespace ComplianceFns.Engine.Crawling;

public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages, IReadOnlyList<string> Errors)
{
    /// <summary>Raw exceptions met while crawling: for developers in the run record, never shown to staff.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    public int SkippedByRobots { get; init; }

    public int SkippedAsTraps { get; init; }

    /// <summary>Pages found but not crawled because the page budget or depth limit was reached.</summary>
    public int LeftByBudget { get; init; }

    /// <summary>The crawl was stopped (run deadline or caller) before it finished; <see cref="Pages"/> is partial.</summary>
    public bool Cancelled { get; init; }
}
