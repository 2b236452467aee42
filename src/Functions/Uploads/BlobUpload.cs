using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using ComplianceFns.Engine.Uploads;

namespace ComplianceFns.Functions.Uploads;

/// <summary>
/// The triggering blob and its results container, in the same account and reached with the trigger's own client
/// (so a managed-identity connection works without a connection string).
/// </summary>
public sealed class BlobUpload : IUploadedBlob, IUploadResultSink
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string HtmlContentType = "text/html; charset=utf-8";

    private readonly BlobClient blob;
    private readonly BlobContainerClient results;

    public BlobUpload(BlobClient blob, string resultsContainer)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentException.ThrowIfNullOrWhiteSpace(resultsContainer);
        this.blob = blob;
        results = blob.GetParentBlobContainerClient().GetParentBlobServiceClient().GetBlobContainerClient(resultsContainer);
    }

    public string Container => blob.BlobContainerName;

    public string Name => blob.Name;

    public async Task<UploadedBlobProperties> GetPropertiesAsync(CancellationToken ct)
    {
        var properties = (await blob.GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false)).Value;
        return new UploadedBlobProperties(
            properties.ContentLength, properties.ETag.ToString(), string.IsNullOrWhiteSpace(properties.ContentType) ? null : properties.ContentType,
            properties.LastModified);
    }

    public Task<Stream> OpenReadAsync(UploadedBlobProperties expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var options = new BlobOpenReadOptions(allowModifications: false)
        {
            Conditions = new BlobRequestConditions { IfMatch = new ETag(expected.ETag) },
        };
        return blob.OpenReadAsync(options, ct);
    }

    public async Task<string?> GetCompletedSourceETagAsync(CancellationToken ct)
    {
        try
        {
            var json = results.GetBlobClient(blob.Name + UploadResultFiles.JsonSuffix);
            var properties = (await json.GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false)).Value;
            return properties.Metadata.TryGetValue(UploadResultFiles.SourceETagMetadata, out var etag) ? etag : null;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task WriteAsync(UploadResultFiles files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        await results.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        await results.GetBlobClient(blob.Name + UploadResultFiles.HtmlSuffix).UploadAsync(
            BinaryData.FromBytes(files.Html),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = HtmlContentType } },
            ct).ConfigureAwait(false);

        var metadata = new Dictionary<string, string> { [UploadResultFiles.SourceETagMetadata] = files.SourceETag };
        if (files.ContentHash is { } hash)
        {
            metadata[UploadResultFiles.ContentHashMetadata] = hash;
        }

        // Last: its metadata marks this upload version as completely processed.
        await results.GetBlobClient(blob.Name + UploadResultFiles.JsonSuffix).UploadAsync(
            BinaryData.FromBytes(files.Json),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType }, Metadata = metadata },
            ct).ConfigureAwait(false);
    }
}
