namespace ComplianceFns.Engine.Uploads;

/// <summary>Where an upload's results go: <c>results/{name}.json</c> and <c>results/{name}.html</c>.</summary>
public interface IUploadResultSink
{
    /// <summary>
    /// The upload version (ETag) whose results were completely written, or null. The JSON file is written last and
    /// carries it, so a version found here needs no second check.
    /// </summary>
    Task<string?> GetCompletedSourceETagAsync(CancellationToken ct);

    /// <summary>Writes (overwrites) the HTML page, then the JSON file stamped with the upload's ETag and content hash.</summary>
    Task WriteAsync(UploadResultFiles files, CancellationToken ct);
}
