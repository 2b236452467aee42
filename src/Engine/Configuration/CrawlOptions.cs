using System.ComponentModel.DataAnnotations;

namespace ComplianceFns.Engine.Configuration;

/// <summary>Limits and manners of the crawler and link checker; every bound is here so nothing runs unbounded.</summary>
public sealed class CrawlOptions
{
    public const string SectionName = "Crawl";

    [Range(1, 1_000_000)]
    public int MaxPages { get; set; } = 2_000;

    [Range(0, 100)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>Concurrent requests to one host.</summary>
    [Range(1, 64)]
    public int PerHostConcurrency { get; set; } = 4;

    /// <summary>Concurrent requests overall (link checks of external hosts run alongside the crawl).</summary>
    [Range(1, 512)]
    public int TotalConcurrency { get; set; } = 64;

    /// <summary>Minimum gap between the starts of two requests to the same host.</summary>
    public TimeSpan PolitenessDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whole request, headers and body; a trickling server ends here.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Bytes read from the wire for one response.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Bytes after gzip/deflate/brotli decoding; a compression bomb ends here.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxDecompressedBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Attachments (PDF/DOCX) whose links are extracted are read up to this size.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Reading links out of one PDF or DOCX attachment stops here (parsers cannot be cancelled).</summary>
    public TimeSpan DocumentParseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 50)]
    public int MaxRedirects { get; set; } = 10;

    /// <summary>Retries after 429, 503 and timeouts (so at most MaxRetries + 1 attempts).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>After this many consecutive timeouts or connection failures, a host's other targets are not requested.</summary>
    [Range(1, 1000)]
    public int HostFailuresBeforeShortCircuit { get; set; } = 5;

    /// <summary>One target's check (all hops, retries and waits) stops here.</summary>
    public TimeSpan TargetBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One site's inspection stops here and keeps what it found (the run then resolves nothing).</summary>
    public TimeSpan MaxRunDuration { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Distinct targets checked in one run; link spam beyond this is recorded as a run error.</summary>
    [Range(1, 10_000_000)]
    public int MaxTargets { get; set; } = 50_000;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A Retry-After longer than this is not waited for; the attempt counts as failed.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The same query path with more distinct query strings than this is a trap (calendars, filters).</summary>
    [Range(1, 100_000)]
    public int MaxQueryVariantsPerPath { get; set; } = 50;

    /// <summary>A broken target linked with the same text from this many pages is a template link: one finding per site.</summary>
    [Range(2, 1000)]
    public int SharedLinkMinPages { get; set; } = 3;

    public string UserAgent { get; set; } = "ComplianceFns/1.0 (+government disclosure inspection)";
}
