namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>A report listed in an organ's 政府信息公开年报 column.</summary>
/// <param name="Url">Canonical URL of the report page (or attachment).</param>
/// <param name="Title">The listed title (the link's title attribute when it holds the full title, else its text).</param>
/// <param name="Year">The report year the title states.</param>
public sealed record ColumnEntry(string Url, string Title, int Year);
