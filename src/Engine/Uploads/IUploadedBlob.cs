namespace ComplianceFns.Engine.Uploads;

/// <summary>One uploaded file in blob storage, as the upload check needs it (the host adapts its blob client).</summary>
public interface IUploadedBlob
{
    /// <summary>The container, e.g. <c>uploads</c>.</summary>
    string Container { get; }

    /// <summary>The blob's name inside the container, e.g. <c>sample-gov/2021年报.docx</c>.</summary>
    string Name { get; }

    Task<UploadedBlobProperties> GetPropertiesAsync(CancellationToken ct);

    /// <summary>Opens the version described by <paramref name="expected"/>; fails if the blob changed since.</summary>
    Task<Stream> OpenReadAsync(UploadedBlobProperties expected, CancellationToken ct);
}
