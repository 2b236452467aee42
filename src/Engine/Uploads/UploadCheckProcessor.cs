using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// Checks one uploaded annual report: the blob's size is checked from its properties before any byte is read;
/// the file is read, checked and its findings stored through <see cref="AnnualReportCheckService"/> (same store,
/// same model as crawled reports); one alert is raised when it has serious issues or could not be read; then
/// <c>results/{name}.html</c> and, last, <c>results/{name}.json</c> are written. Idempotent: a version whose JSON
/// is already written is skipped; the same content under a new version gives the same findings (fingerprints),
/// byte-identical results and, by the alert key (upload + content hash), no second mail.
/// </summary>
public sealed class UploadCheckProcessor(
    AnnualReportCheckService checker,
    IFindingStore findings,
    UploadSiteResolver sites,
    AlertService alerts,
    IOptions<UploadOptions> options,
    TimeProvider time,
    ILogger<UploadCheckProcessor> logger)
{
    /// <summary>The trigger recorded in run records of upload checks.</summary>
    public const string Trigger = "upload";

    private const int CopyBufferBytes = 81_920;

    private UploadOptions Options => options.Value;

    public async Task<UploadCheckOutcome> ProcessAsync(IUploadedBlob upload, IUploadResultSink results, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(results);
        var source = $"{upload.Container}/{upload.Name}";
        var properties = await upload.GetPropertiesAsync(ct).ConfigureAwait(false);
        if (await results.GetCompletedSourceETagAsync(ct).ConfigureAwait(false) == properties.ETag)
        {
            logger.LogInformation("Upload {Upload} ({ETag}) was already checked; nothing to do", source, properties.ETag);
            return new UploadCheckOutcome { Upload = source, AlreadyChecked = true };
        }

        var site = await sites.ResolveAsync(upload.Name, ct).ConfigureAwait(false);
        var refused = properties.Size > Options.MaxBytes;
        var (result, contentHash) = refused
            ? (await RefuseAsync(source, site, properties, properties.Size, ct).ConfigureAwait(false), null)
            : await CheckAsync(upload, source, site, properties, ct).ConfigureAwait(false);

        var resultPage = $"{Options.ResultsContainer}/{upload.Name}{UploadResultFiles.HtmlSuffix}";
        var suppressed = result.HasSeriousIssues ? await SuppressedAsync(site.Id, ct).ConfigureAwait(false) : null;
        var alert = UploadAlert.For(result, site, contentHash ?? properties.ETag, resultPage, time.GetUtcNow(), suppressed);
        AlertRaiseResult? raised = alert is null ? null : await alerts.RaiseAsync(alert, ct).ConfigureAwait(false);

        var files = new UploadResultFiles(
            UploadResultJson.Serialize(result), Encoding.UTF8.GetBytes(UploadResultPage.Render(result)), properties.ETag, contentHash);
        await results.WriteAsync(files, ct).ConfigureAwait(false);
        logger.LogInformation(
            "Upload {Upload} checked for site {Site}: {Status}, {Serious} serious / {General} general / {Hint} hint issues, alert {Alert}",
            source, site.Id, result.Status, result.Counts.Serious, result.Counts.General, result.Counts.Hint, raised?.ToString() ?? "none");
        return new UploadCheckOutcome { Upload = source, RefusedBySize = refused, Result = result, Alert = alert, AlertRaised = raised };
    }

    /// <summary>The site's findings the office marked 无需整改 for what they say now: an upload's alert does not repeat them.</summary>
    private async Task<IReadOnlySet<string>> SuppressedAsync(string siteId, CancellationToken ct) =>
        (await findings.GetFindingsAsync(siteId, FindingStatus.Open, ct).ConfigureAwait(false))
            .Where(f => f.IsSuppressed()).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);

    private async Task<(UploadResult Result, string? ContentHash)> CheckAsync(
        IUploadedBlob upload, string source, UploadSite site, UploadedBlobProperties properties, CancellationToken ct)
    {
        byte[]? bytes;
        var stream = await upload.OpenReadAsync(properties, ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            bytes = await ReadBoundedAsync(stream, ct).ConfigureAwait(false);
        }

        if (bytes is null)
        {
            // The properties said it fits, yet it kept going: refuse it like any oversized upload, naming no size (the
            // properties' size is wrong and the rest was never read).
            return (await RefuseAsync(source, site, properties, size: null, ct).ConfigureAwait(false), null);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var run = await checker.CheckAsync(
            [ReportInput.FromFile(source, bytes, properties.ContentType)], new ReportCheckRequest(site.Id) { Trigger = Trigger }, ct).ConfigureAwait(false);
        if (run.Results[0].ReadFailure?.Detail is { } detail)
        {
            // The parser's own text is for developers; the result and the finding carry only the Chinese message.
            logger.LogWarning("Upload {Upload} could not be read: {Detail}", source, detail);
        }

        return (UploadResultBuilder.FromCheck(run.Results[0], site.Id, properties, hash), hash);
    }

    /// <summary>
    /// An upload over the limit is not read at all; like any unreadable report it becomes one S-READ finding and a
    /// failed run, resolving nothing. <paramref name="size"/> is the blob's size from its properties, or null when it
    /// is not known (then no size is named).
    /// </summary>
    private async Task<UploadResult> RefuseAsync(string source, UploadSite site, UploadedBlobProperties properties, long? size, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var message = size is { } known
            ? $"{source}：文件大小为{Megabytes(known)}，超过上限{Megabytes(Options.MaxBytes)}，未读取"
            : $"{source}：文件大小超过上限{Megabytes(Options.MaxBytes)}，未读取";
        var finding = ReportFindingFactory.FromReadFailure(site.Id, source, message) with { FirstSeen = now, LastSeen = now };
        var runId = RunIds.AdHoc(now);

        // Like the check service's own persist step: once started, the findings are written even if the caller gives up.
        var merge = await findings.MergeRunAsync(
            site.Id, runId, [finding], [ReportFindingFactory.ReadFailureRuleId], now, CancellationToken.None, covered: _ => false).ConfigureAwait(false);
        await findings.SaveRunAsync(new RunRecord
        {
            RunId = runId,
            SiteId = site.Id,
            Trigger = Trigger,
            StartedAt = now,
            FinishedAt = time.GetUtcNow(),
            Status = RunStatus.Failed,
            FindingsByRule = new Dictionary<string, int> { [finding.RuleId] = 1 },
            NewFindings = merge.New,
            Errors = [message],
        }, CancellationToken.None).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        return UploadResultBuilder.Unreadable(source, site.Id, properties, contentSha256: null, message, [finding]);
    }

    /// <summary>The stream's bytes, or null as soon as they exceed the limit (the rest is never read).</summary>
    private async Task<byte[]?> ReadBoundedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[CopyBufferBytes];
        int read;
        while ((read = await content.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
