namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>One report of an organ found on the site, in its column or elsewhere.</summary>
/// <param name="Year">The report year its title states.</param>
/// <param name="Title">The title as listed or linked.</param>
/// <param name="Url">Canonical URL of the report.</param>
/// <param name="InColumn">Listed in the organ's 政府信息公开年报 column.</param>
/// <param name="Page">What its page said; null when it could not be read.</param>
public sealed record PublishedReport(int Year, string Title, string Url, bool InColumn, ReportPage? Page)
{
    /// <summary>For a report outside the column: the page that links to it.</summary>
    public string? LinkedFrom { get; init; }
}
