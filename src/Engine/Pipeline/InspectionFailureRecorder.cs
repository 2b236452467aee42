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
    /// <summary>
    /// An attempt of message <paramref name="messageId"/> threw; the platform will retry it. Nothing is recorded
    /// when the run completed anyway (its alerts were raised) or another message is inspecting it right now.
    /// </summary>
    public async Task RecordAttemptFailedAsync(InspectionMessage message, string? messageId, Exception error, int? attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(error);
        var now = time.GetUtcNow();
        var text = $"{error.GetType().Name}: {error.Message}";
        if (!await MarkLedgerAsync(message, messageId, text, now, ct).ConfigureAwait(false))
        {
            return;
        }

        var site = await TryAsync(() => registry.FindAsync(message.SiteId, ct), "find the site").ConfigureAwait(false);
        var entry = await TryAsync(() => ledger.GetAsync(message.SiteId, message.RunId, ct), "read the ledger").ConfigureAwait(false);
        await TryAsync(() => store.SaveRunAsync(FailedRun(message, entry, now, $"巡检执行出错：{text}"), ct), "write the run record")
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
            // The poison copy never held the claim: a run completed or being inspected by a duplicate is fine.
            if (!await MarkLedgerAsync(message, messageId: null, reason, now, ct).ConfigureAwait(false))
            {
                return;
            }

            var entry = await TryAsync(() => ledger.GetAsync(message.SiteId, message.RunId, ct), "read the ledger").ConfigureAwait(false);
            await TryAsync(() => store.SaveRunAsync(FailedRun(message, entry, now, $"巡检{reason}（{QueueNames.InspectionsPoison}）"), ct), "write the run record")
                .ConfigureAwait(false);
        }

        await TryAsync(() => alerts.RaiseAsync(InspectionAlerts.Poisoned(message?.SiteId, site?.Site, message?.RunId, body, now), ct), "raise the alert")
            .ConfigureAwait(false);
    }

    /// <summary>False when the failure is not this run's to record (completed, or held by another message).</summary>
    private async Task<bool> MarkLedgerAsync(InspectionMessage message, string? messageId, string text, DateTimeOffset now, CancellationToken ct)
    {
        // A ledger that cannot be written still gets the run record and the alert (TryAsync yields Recorded).
        var outcome = await TryAsync(() => ledger.FailAsync(message.SiteId, message.RunId, messageId, text, now, ct), "mark the ledger").ConfigureAwait(false);
        if (outcome == FailOutcome.Recorded)
        {
            return true;
        }

        logger.LogWarning("Failure of {SiteId} run {RunId} not recorded: {Outcome} ({Error})", message.SiteId, message.RunId, outcome, text);
        return false;
    }

    /// <summary>
    /// Keyed by the ledger's StartedAt (the first claim), like the successful record, so one run id is one run
    /// record, replaced on each attempt; its errors are the attempt history.
    /// </summary>
    private static RunRecord FailedRun(InspectionMessage message, LedgerEntry? entry, DateTimeOffset now, string error) => new()
    {
        RunId = message.RunId,
        SiteId = message.SiteId,
        Trigger = SiteInspectionProcessor.Trigger,
        StartedAt = entry?.StartedAt ?? entry?.ClaimedAt ?? now,
        FinishedAt = now,
        Status = RunStatus.Failed,
        Errors = entry is null || entry.Errors.Count == 0 ? [error] : [.. entry.Errors.SkipLast(1), error],
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
