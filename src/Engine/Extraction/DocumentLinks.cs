namespace ComplianceFns.Engine.Extraction;

/// <summary>The links read from one attachment, and what went wrong while reading it (in Chinese, for the finding).</summary>
/// <param name="Links">Links found, possibly partial when <paramref name="Error"/> is set.</param>
/// <param name="Error">Null when the document was read completely; else why not, e.g. "PDF文件已损坏或不完整，无法读取"; the parser's own words are in <see cref="Detail"/>.</param>
public sealed record DocumentLinks(IReadOnlyList<DocumentLink> Links, string? Error)
{
    /// <summary>True when the link or page cap stopped reading early.</summary>
    public bool Truncated { get; init; }

    /// <summary>The parser's own words (exception type and message), for the run record only; never shown to staff.</summary>
    public string? Detail { get; init; }

    public static DocumentLinks Failed(string error) => new([], error);
}
