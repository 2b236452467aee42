namespace ComplianceFns.Engine.Uploads;

/// <summary>What the storage service says about an upload before any byte of it is read.</summary>
/// <param name="Size">Content length in bytes.</param>
/// <param name="ETag">The version; a re-upload of the same name gets a new one.</param>
/// <param name="ContentType">The uploader's Content-Type, when set (its charset helps decode text).</param>
/// <param name="LastModified">When this version was written.</param>
public sealed record UploadedBlobProperties(long Size, string ETag, string? ContentType, DateTimeOffset LastModified);
