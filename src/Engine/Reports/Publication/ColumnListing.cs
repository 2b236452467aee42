namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>What reading an organ's column gave: the reports listed on every page, and whether every page was read.</summary>
/// <param name="Entries">Reports of the organ found in the column, in listing order, each URL once.</param>
/// <param name="PagesRead">Canonical URLs of the column pages read (the first page and its pagination).</param>
/// <param name="TemplateLines">Text lines of the column's first page: the site template (header, navigation, footer).</param>
/// <param name="Error">Why the listing is incomplete; null when every page was read.</param>
public sealed record ColumnListing(
    IReadOnlyList<ColumnEntry> Entries,
    IReadOnlyList<string> PagesRead,
    IReadOnlySet<string> TemplateLines,
    string? Error)
{
    /// <summary>Only a complete listing is evidence that a year's report is missing.</summary>
    public bool IsComplete => Error is null;
}
