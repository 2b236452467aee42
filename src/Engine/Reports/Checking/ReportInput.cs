namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>One report to check: a file already in memory (an upload, a local file) or an http(s) URL to fetch.</summary>
public sealed record ReportInput
{
    private ReportInput(string source, byte[]? content, string? contentType, Uri? url)
    {
        Source = source;
        Content = content;
        ContentType = contentType;
        Url = url;
    }

    /// <summary>The file name or URL, named in every message and kept as the finding's page.</summary>
    public string Source { get; }

    /// <summary>The file's bytes; null for a URL input.</summary>
    public byte[]? Content { get; }

    /// <summary>The Content-Type when known (its charset helps decode text).</summary>
    public string? ContentType { get; }

    /// <summary>The address to fetch; null for a file input.</summary>
    public Uri? Url { get; }

    public static ReportInput FromFile(string source, byte[] content, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(content);
        return new ReportInput(source, content, contentType, null);
    }

    public static ReportInput FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", nameof(url));
        }

        return new ReportInput(url.AbsoluteUri, null, null, url);
    }
}
