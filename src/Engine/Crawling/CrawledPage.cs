using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Crawling;

/// <summary>A page (or attachment) the crawler read, with every link on it, in document order.</summary>
public sealed record CrawledPage(string Url, int Depth, IReadOnlyList<LinkReference> Links)
{
    /// <summary>Set when the page was fetched but its links could not be read (corrupt attachment, garbled text).</summary>
    public string? ReadError { get; init; }

    /// <summary>The parser's own words behind <see cref="ReadError"/>, for the run record only.</summary>
    public string? ReadDetail { get; init; }

    /// <summary>Typos in the text a reader sees (empty when typo checking is off).</summary>
    public IReadOnlyList<PageTypo> Typos { get; init; } = [];

    /// <summary>The page's text was checked for typos (false when checking is off or the text was garbled).</summary>
    public bool TypoChecked { get; init; }
}
