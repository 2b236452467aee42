namespace ComplianceFns.Engine.Storage;

/// <summary>
/// A checked annual report's text, kept so the same organ's next report can be reconciled with it (T3-CARRY-Y,
/// T2-STOCK, N-YOY).
/// </summary>
public sealed record StoredReportText
{
    /// <summary>The organ as the report names it (whitespace is ignored when it becomes the key).</summary>
    public required string Organ { get; init; }

    public required int Year { get; init; }

    /// <summary>The text the annual-report reader parsed (document text, not the raw file).</summary>
    public required string Text { get; init; }

    /// <summary>The file name or URL it came from.</summary>
    public required string Source { get; init; }

    /// <summary>The document's own title, when the text itself has none.</summary>
    public string? Title { get; init; }

    public required string SiteId { get; init; }

    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>The text was longer than the store keeps and was cut at a line break.</summary>
    public bool Truncated { get; init; }
}
