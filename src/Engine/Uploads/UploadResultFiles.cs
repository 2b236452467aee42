namespace ComplianceFns.Engine.Uploads;

/// <summary>The two result files of one upload and the version they describe.</summary>
/// <param name="Json">UTF-8 JSON (<c>results/{name}.json</c>).</param>
/// <param name="Html">UTF-8 HTML page (<c>results/{name}.html</c>).</param>
/// <param name="SourceETag">The upload version checked.</param>
/// <param name="ContentHash">SHA-256 of the upload (hex), or null when it was refused unread.</param>
public sealed record UploadResultFiles(byte[] Json, byte[] Html, string SourceETag, string? ContentHash)
{
    public const string JsonSuffix = ".json";

    public const string HtmlSuffix = ".html";

    /// <summary>Blob metadata keys on the JSON file.</summary>
    public const string SourceETagMetadata = "sourceetag";

    public const string ContentHashMetadata = "contentsha256";
}
