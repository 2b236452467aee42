namespace ComplianceFns.Engine.Crawling;

/// <summary>Counters for the progress display.</summary>
public sealed record CrawlProgress(int PagesCrawled, int PagesQueued, int LinksFound, int TargetsChecked);
