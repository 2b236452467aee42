namespace ComplianceFns.Engine.Crawling;

/// <summary>
/// Whether a non-HTML answer breaks what its address promises. An address ending like a page (.html, .jsp, a folder)
/// promises a page; a download script (download.jsp?file=…) legitimately answers with a file, so only answers a
/// browser would show as raw text, or a static page's address answered as an unnamed binary, count.
/// </summary>
internal static class PagePromise
{
    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".html", ".htm", ".shtml", ".shtm", ".xhtml", ".jsp", ".jspx", ".asp", ".aspx", ".php", ".do", ".action",
    };

    private static readonly HashSet<string> StaticPageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".shtml", ".shtm", ".xhtml" };

    public static bool IsBroken(Uri address, string? contentType)
    {
        var segment = address.Segments[^1];
        var extension = segment.EndsWith('/') ? string.Empty : Path.GetExtension(Uri.UnescapeDataString(segment));
        if (!PageExtensions.Contains(extension))
        {
            return false;
        }

        var mediaType = contentType?.Split(';')[0].Trim() ?? string.Empty;
        return mediaType.Length == 0
            || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || (mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) && StaticPageExtensions.Contains(extension));
    }
}
