using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Immediate alerts with storm control. <see cref="RaiseAsync"/> records the alert and, when it opens a burst,
/// schedules one dispatch <see cref="AlertOptions.BurstWindow"/> later; <see cref="DispatchAsync"/> then mails
/// every alert of the burst, one mail per audience. A key mailed within <see cref="AlertOptions.RepeatWindow"/>
/// is dropped. All state is in <see cref="AlertStateStore"/>, so restarts and parallel instances change nothing.
/// </summary>
public sealed class AlertService(
    AlertStateStore state,
    IAlertSender sender,
    IAlertDispatchQueue dispatchQueue,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertService> logger)
{
    public const int MaxDetails = 30;

    public const int MaxDetailLength = 500;

    /// <summary>How long a dispatcher's claim on a pending alert keeps other dispatchers off it.</summary>
    public static readonly TimeSpan DispatchClaimLease = TimeSpan.FromMinutes(5);

    private AlertOptions Options => options.Value;

    public async Task<AlertRaiseResult> RaiseAsync(Alert alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var now = time.GetUtcNow();
        if (await SentRecentlyAsync(alert.Key, now, ct).ConfigureAwait(false))
        {
            logger.LogInformation("Alert {Key} suppressed: mailed within the last {Window}", alert.Key, Options.RepeatWindow);
            return AlertRaiseResult.Suppressed;
        }

        // Pending first, burst second: a dispatcher closes the burst before reading pending, so this alert is
        // either read by the running dispatch or opens the next burst.
        await state.AddPendingAsync(Bound(alert), ct).ConfigureAwait(false);
        if (!await state.TryOpenBurstAsync(now, ct).ConfigureAwait(false))
        {
            return AlertRaiseResult.Folded;
        }

        await dispatchQueue.ScheduleDispatchAsync(Options.BurstWindow, ct).ConfigureAwait(false);
        return AlertRaiseResult.Scheduled;
    }

    /// <summary>Mails every pending alert of the closed burst; returns the number of mails sent.</summary>
    /// <param name="dispatcherId">The dispatch message's id: a retry of the same message takes its own claims back.</param>
    public async Task<int> DispatchAsync(string dispatcherId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await state.CloseBurstAsync(now, ct).ConfigureAwait(false);

        var claimed = new List<PendingAlert>();
        foreach (var pending in await state.GetPendingAsync(ct).ConfigureAwait(false))
        {
            var claimedByOther = pending.ClaimedBy is not null && pending.ClaimedBy != dispatcherId && pending.ClaimedAt + DispatchClaimLease > now;
            if (!claimedByOther && await state.TryClaimPendingAsync(pending, dispatcherId, now, ct).ConfigureAwait(false))
            {
                claimed.Add(pending);
            }
        }

        var toSend = new List<PendingAlert>();
        foreach (var pending in claimed)
        {
            if (await SentRecentlyAsync(pending.Alert.Key, now, ct).ConfigureAwait(false))
            {
                await state.DeletePendingAsync(pending.RowKey, ct).ConfigureAwait(false);
            }
            else
            {
                toSend.Add(pending);
            }
        }

        var alerts = toSend.Select(p => p.Alert).ToList();
        var groups = RecipientGroups.Group(alerts, Options.GlobalRecipients, a => a.Recipients.ToList());
        if (alerts.Count > 0 && groups.Count == 0)
        {
            logger.LogWarning("{Count} alerts have no recipient: set Alerts:GlobalRecipients or the sites' AlertRecipients", alerts.Count);
        }

        foreach (var (to, items) in groups)
        {
            await sender.SendAsync(AlertMailComposer.Compose(to, items, Options.SubjectPrefix), ct).ConfigureAwait(false);
        }

        // Only after every mail went out: a failed send leaves the claims for the retry of this dispatch.
        foreach (var pending in toSend)
        {
            await state.MarkSentAsync(pending.Alert.Key, now, ct).ConfigureAwait(false);
            await state.DeletePendingAsync(pending.RowKey, ct).ConfigureAwait(false);
        }

        logger.LogInformation("Dispatched {Alerts} alerts in {Mails} mails", alerts.Count, groups.Count);
        return groups.Count;
    }

    private async Task<bool> SentRecentlyAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var last = await state.LastSentAsync(key, ct).ConfigureAwait(false);
        return last is not null && now - last.Value < Options.RepeatWindow;
    }

    private static Alert Bound(Alert alert) => alert with
    {
        Summary = TableText.Truncate(alert.Summary, MaxDetailLength),
        Details = alert.Details.Take(MaxDetails).Select(d => TableText.Truncate(d, MaxDetailLength)).ToList(),
    };
}
