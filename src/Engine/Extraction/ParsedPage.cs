namespace ComplianceFns.Engine.Extraction;

/// <summary>What the crawler and the checks need from one HTML page.</summary>
/// <param name="Title">The <c>&lt;title&gt;</c> text, trimmed and whitespace-collapsed; null when absent or empty.</param>
/// <param name="Headings">Main headings: the ArticleTitle meta, h1–h3 and "title"-classed elements (at most 10).</param>
/// <param name="BaseUri">The <c>&lt;base href&gt;</c> resolved against the page URL, else the page URL.</param>
/// <param name="Links">Every extracted reference, in document order.</param>
/// <param name="AnchorIds">Every <c>id</c> and <c>a[name]</c> value, for fragment checks.</param>
/// <param name="VisibleText">The text a reader sees; block elements on separate lines.</param>
/// <param name="NoFollow">The robots meta says nofollow (or none).</param>
/// <param name="NoIndex">The robots meta says noindex (or none).</param>
public sealed record ParsedPage(
    string? Title,
    IReadOnlyList<string> Headings,
    Uri BaseUri,
    IReadOnlyList<ExtractedLink> Links,
    IReadOnlySet<string> AnchorIds,
    string VisibleText,
    bool NoFollow,
    bool NoIndex)
{
    /// <summary>True when the page had more links than <see cref="HtmlPageParser.MaxLinks"/> and the rest were dropped.</summary>
    public bool LinksTruncated { get; init; }

    /// <summary>True when the visible text was cut at <see cref="HtmlPageParser.MaxVisibleTextChars"/>.</summary>
    public bool VisibleTextTruncated { get; init; }

    /// <summary>The visible text outside <c>&lt;a&gt;</c> elements, cut at the length of a short not-found notice.</summary>
    public string TextOutsideLinks { get; init; } = string.Empty;
}
