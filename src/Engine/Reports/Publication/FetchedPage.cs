namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>A page the publication checks requested: its decoded HTML, or why there is none.</summary>
/// <param name="Url">The canonical URL requested.</param>
/// <param name="FinalUrl">Where redirects ended.</param>
/// <param name="Html">The decoded HTML; null for a failure or a non-HTML response.</param>
/// <param name="Failure">A Chinese description of why the page could not be read; null when it was.</param>
public sealed record FetchedPage(string Url, Uri FinalUrl, string? Html, string? Failure)
{
    public bool IsHtml => Html is not null;
}
