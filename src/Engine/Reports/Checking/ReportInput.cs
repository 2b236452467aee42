namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>One report to check: a file already in memory (an upload, a local file) or an http(s) URL to fetch.</summary>
public sealed record ReportInput
{
    private ReportInput(string source, byte[]? content, string? contentType, Uri? url, long? length)
    {
        Source = source;
        Content = content;
        ContentType = contentType;
        Url = url;
        Length = length;
    }

    /// <summary>The file name or URL, named in every message and kept as the finding's page.</summary>
    public string Source { get; }

    /// <summary>The file's bytes; null for a URL input.</summary>
    public byte[]? Content { get; }

    /// <summary>The Content-Type when known (its charset helps decode text).</summary>
    public string? ContentType { get; }

    /// <summary>The address to fetch; null for a file input.</summary>
    public Uri? Url { get; }

    /// <summary>
    /// The whole file's size in bytes when it is known apart from <see cref="Content"/> (a local file's length): a file
    /// over the size limit is refused by this size, so its content need not be read. Null: the content is the file.
    /// </summary>
    public long? Length { get; }

    public static ReportInput FromFile(string source, byte[] content, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(content);
        return new ReportInput(source, content, contentType, null, null);
    }

    /// <summary>
    /// A local file known by its length: <paramref name="content"/> may hold only its beginning (or nothing) when the
    /// file is over the size limit, which is then refused naming <paramref name="length"/>.
    /// </summary>
    public static ReportInput FromFile(string source, byte[] content, long length, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, content.LongLength);
        return new ReportInput(source, content, contentType, null, length);
    }

    public static ReportInput FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", nameof(url));
        }

        return new ReportInput(url.AbsoluteUri, null, null, url, null);
    }
}
