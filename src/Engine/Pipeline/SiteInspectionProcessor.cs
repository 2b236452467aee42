using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Inspection;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// The work of one queue message: claim (site, run) in the ledger, inspect the site, persist findings and the run
/// record under the message's run id, complete the ledger row, raise the alerts the outcome calls for. A message
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

        var site = registered.Site;
        var result = await inspector.InspectAsync(site, progress: null, ct).ConfigureAwait(false);
        // The scheduled run id, not the inspector's own: the ledger, the run record and the findings' run ids agree.
        var outcome = await runner.PersistAsync(site, result with { RunId = message.RunId }, Trigger).ConfigureAwait(false);
        await ledger.CompleteAsync(site.Id, message.RunId, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation(
            "Inspected {SiteId} run {RunId}: {Pages} pages, {Findings} findings ({New} new, {Resolved} resolved), status {Status}",
            site.Id, message.RunId, outcome.Run.PagesCrawled, outcome.Result.Findings.Count, outcome.Merge.New, outcome.Merge.Resolved, outcome.Run.Status);

        foreach (var alert in InspectionAlerts.For(site, outcome, time.GetUtcNow()))
        {
            await alerts.RaiseAsync(alert, CancellationToken.None).ConfigureAwait(false);
        }

        return new InspectionProcessResult(ClaimOutcome.Claimed, outcome, null);
    }
}
