using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// Records a failed attempt (ledger row, a Failed run record naming the error) and raises the alert. Used by the
/// worker middleware for every failing inspection and by the poison-queue function. It never throws: a failure
/// path that fails would hide the original error.
/// </summary>
public sealed class InspectionFailureRecorder(
    SiteRegistry registry,
    InspectionLedger ledger,
    IFindingStore store,
    AlertService alerts,
    TimeProvider time,
    ILogger<InspectionFailureRecorder> logger)
{
    /// <summary>An attempt threw; the platform will retry it.</summary>
    public async Task RecordAttemptFailedAsync(InspectionMessage message, Exception error, int? attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(error);
        var now = time.GetUtcNow();
        var site = await TryAsync(() => registry.FindAsync(message.SiteId, ct), "find the site").ConfigureAwait(false);
        var text = $"{error.GetType().Name}: {error.Message}";
        await TryAsync(() => ledger.FailAsync(message.SiteId, message.RunId, text, now, ct), "mark the ledger").ConfigureAwait(false);
        var started = await TryAsync(() => ledger.GetAsync(message.SiteId, message.RunId, ct), "read the ledger").ConfigureAwait(false);
        await TryAsync(() => store.SaveRunAsync(FailedRun(message, started?.ClaimedAt ?? now, now, $"巡检执行出错：{text}"), ct), "write the run record")
            .ConfigureAwait(false);
        await TryAsync(() => alerts.RaiseAsync(InspectionAlerts.Failed(message.SiteId, site?.Site, message.RunId, error, attempt, now), ct), "raise the alert")
            .ConfigureAwait(false);
    }

    /// <summary>A message reached the poison queue: record the run as failed for good and alert.</summary>
    public async Task RecordPoisonedAsync(string body, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var message = InspectionMessage.TryParse(body);
        var site = message is null ? null : await TryAsync(() => registry.FindAsync(message.SiteId, ct), "find the site").ConfigureAwait(false);
        if (message is not null)
        {
            const string reason = "多次重试仍失败，任务已移入失败队列";
            await TryAsync(() => ledger.FailAsync(message.SiteId, message.RunId, reason, now, ct), "mark the ledger").ConfigureAwait(false);
            await TryAsync(() => store.SaveRunAsync(FailedRun(message, now, now, $"巡检{reason}（{QueueNames.InspectionsPoison}）"), ct), "write the run record")
                .ConfigureAwait(false);
        }

        await TryAsync(() => alerts.RaiseAsync(InspectionAlerts.Poisoned(message?.SiteId, site?.Site, message?.RunId, body, now), ct), "raise the alert")
            .ConfigureAwait(false);
    }

    private static RunRecord FailedRun(InspectionMessage message, DateTimeOffset startedAt, DateTimeOffset finishedAt, string error) => new()
    {
        RunId = message.RunId,
        SiteId = message.SiteId,
        Trigger = SiteInspectionProcessor.Trigger,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        Status = RunStatus.Failed,
        Errors = [error],
    };

    private async Task TryAsync(Func<Task> action, string what) =>
        await TryAsync(async () => { await action().ConfigureAwait(false); return true; }, what).ConfigureAwait(false);

    private async Task<T?> TryAsync<T>(Func<Task<T>> action, string what)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Recording an inspection failure could not {What}", what);
            return default;
        }
    }
}
