using System.Text.Json;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// The work of one queue message: claim (site, run) in the ledger, inspect the site, persist findings and the run
/// record under the message's run id, raise the alerts the outcome calls for, complete the ledger row. A message
/// whose run is complete, or being inspected under another message, changes nothing. Errors propagate so the
/// platform retries; <see cref="InspectionFailureRecorder"/> records them.
/// </summary>
public sealed class SiteInspectionProcessor(
    SiteRegistry registry,
    InspectionLedger ledger,
    SiteInspector inspector,
    InspectionRunner runner,
    AlertService alerts,
    TimeProvider time,
    ILogger<SiteInspectionProcessor> logger)
{
    public const string Trigger = "queue";

    private const int MaxStoredDetails = 12;

    private const int MaxStoredDetailLength = 300;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async Task<InspectionProcessResult> ProcessAsync(InspectionMessage message, string messageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var registered = await registry.FindAsync(message.SiteId, ct).ConfigureAwait(false);
        if (registered is null || !registered.Enabled)
        {
            // Removed from configuration after the timer enqueued it: nothing to inspect, nothing to retry.
            var reason = registered is null ? "not in the Sites table" : "disabled in the Sites table";
            logger.LogWarning("Inspection message for {SiteId} run {RunId} skipped: site {Reason}", message.SiteId, message.RunId, reason);
            return new InspectionProcessResult(ClaimOutcome.AlreadyCompleted, null, reason);
        }

        var claim = await ledger.ClaimAsync(message.SiteId, message.RunId, messageId, time.GetUtcNow(), ct).ConfigureAwait(false);
        if (claim != ClaimOutcome.Claimed)
        {
            logger.LogInformation("Inspection of {SiteId} run {RunId} skipped: {Claim}", message.SiteId, message.RunId, claim);
            return new InspectionProcessResult(claim, null, claim.ToString());
        }

        var entry = await ledger.GetAsync(message.SiteId, message.RunId, ct).ConfigureAwait(false);
        if (entry?.PersistedAlertsJson is { } persisted)
        {
            // An earlier attempt wrote everything and failed after: finish its work instead of inspecting again.
            logger.LogInformation("Run {RunId} of {SiteId} was persisted by an earlier attempt; raising its alerts and completing", message.RunId, message.SiteId);
            await RaiseAndCompleteAsync(message, JsonSerializer.Deserialize<List<Alert>>(persisted, Json) ?? []).ConfigureAwait(false);
            return new InspectionProcessResult(ClaimOutcome.Claimed, null, "persisted by an earlier attempt");
        }

        // The run starts at its first claim, whatever attempt this is: the run record keeps one key per run id.
        var startedAt = entry?.StartedAt ?? time.GetUtcNow();
        var site = registered.Site;
        var result = await inspector.InspectAsync(site, progress: null, ct).ConfigureAwait(false);
        // The scheduled run id, not the inspector's own: the ledger, the run record and the findings' run ids agree.
        var outcome = await runner.PersistAsync(site, result with { RunId = message.RunId, StartedAt = startedAt }, Trigger).ConfigureAwait(false);
        logger.LogInformation(
            "Inspected {SiteId} run {RunId}: {Pages} pages, {Findings} findings ({New} new, {Resolved} resolved), status {Status}",
            site.Id, message.RunId, outcome.Run.PagesCrawled, outcome.Result.Findings.Count, outcome.Merge.New, outcome.Merge.Resolved, outcome.Run.Status);

        var alertsToRaise = InspectionAlerts.For(site, outcome, time.GetUtcNow()).Select(Bound).ToList();
        await ledger.MarkPersistedAsync(site.Id, message.RunId, JsonSerializer.Serialize(alertsToRaise, Json), time.GetUtcNow(), CancellationToken.None)
            .ConfigureAwait(false);
        await RaiseAndCompleteAsync(message, alertsToRaise).ConfigureAwait(false);
        return new InspectionProcessResult(ClaimOutcome.Claimed, outcome, null);
    }

    // Alerts before completing: if raising fails, the retry raises them (from the ledger) instead of the run being
    // completed with its alert lost. Their keys are deterministic, so raising them again folds or is suppressed.
    private async Task RaiseAndCompleteAsync(InspectionMessage message, IReadOnlyList<Alert> toRaise)
    {
        foreach (var alert in toRaise)
        {
            await alerts.RaiseAsync(alert, CancellationToken.None).ConfigureAwait(false);
        }

        await ledger.CompleteAsync(message.SiteId, message.RunId, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
    }

    // The ledger row holds at most 32K characters per property: keep each stored alert small.
    private static Alert Bound(Alert alert) => alert with
    {
        Summary = TableText.Truncate(alert.Summary, MaxStoredDetailLength),
        Details = alert.Details.Take(MaxStoredDetails).Select(d => TableText.Truncate(d, MaxStoredDetailLength)).ToList(),
    };
}
