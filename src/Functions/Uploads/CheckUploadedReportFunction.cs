using System.Net;
using Azure;
using Azure.Storage.Blobs;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Uploads;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Uploads;

/// <summary>
/// Checks an annual report uploaded to the uploads container (<c>%UploadsContainer%</c>, "uploads" in Azure).
/// Flex Consumption has no polling blob trigger, so Event Grid delivers BlobCreated events. The blob is bound as a
/// <see cref="BlobClient"/>, not a stream: its size is checked before anything is downloaded.
/// </summary>
public sealed class CheckUploadedReportFunction(
    UploadCheckProcessor processor, AlertService alerts, IOptions<UploadOptions> options, TimeProvider time, ILogger<CheckUploadedReportFunction> logger)
{
    public const string Name = "CheckUploadedReport";

    /// <summary>The root setting naming the uploads container (a binding expression in the trigger path).</summary>
    public const string UploadsContainerSetting = "UploadsContainer";

    public const string TriggerPath = "%" + UploadsContainerSetting + "%/{name}";

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger(TriggerPath, Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (IsResultFile(blob.Name))
        {
            // Start-up refuses UploadsContainer = ResultsContainer; this guards against a result copied back in.
            logger.LogWarning("Blob {Container}/{Blob} is a check result, not a report; not checked", blob.BlobContainerName, blob.Name);
            return;
        }

        var upload = new BlobUpload(blob, options.Value.ResultsContainer);
        try
        {
            await processor.ProcessAsync(upload, upload, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound && e.ErrorCode == "BlobNotFound")
        {
            // Deleted (or replaced and deleted) before the event arrived: there is nothing left to check.
            logger.LogWarning("Upload {Container}/{Blob} no longer exists; not checked", blob.BlobContainerName, blob.Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The admin hears about it once (storm control folds the retries); the platform still retries.
            await alerts.RaiseAsync(UploadFailedAlert(blob, e), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Results are {name}.json and {name}.html; an annual report is a document, never either.</summary>
    public static bool IsResultFile(string blobName) =>
        blobName.EndsWith(UploadResultFiles.JsonSuffix, StringComparison.OrdinalIgnoreCase)
        || blobName.EndsWith(UploadResultFiles.HtmlSuffix, StringComparison.OrdinalIgnoreCase);

    private Alert UploadFailedAlert(BlobClient blob, Exception e) => new()
    {
        Kind = AlertKind.UploadedReportProblem,
        Key = $"upload-failed:{blob.BlobContainerName}/{blob.Name}",
        Summary = $"核查上传的年报“{blob.BlobContainerName}/{blob.Name}”时出错，系统将自动重试。",
        Details = [InspectionAlerts.ErrorDetail(e)],
        RaisedAt = time.GetUtcNow(),
    };
}
