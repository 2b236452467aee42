namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>A later page of a paginated report as its caller's fetcher got it.</summary>
/// <param name="FinalUrl">Where redirects ended: the page's own links resolve against it.</param>
/// <param name="Html">The decoded page; null when it could not be read or is not a web page.</param>
/// <param name="Failure">Why it could not be read, in Chinese ("服务器返回 HTTP 404"); null when it was, or when it is not HTML.</param>
internal sealed record ReportPageFetch(Uri FinalUrl, string? Html, string? Failure);
