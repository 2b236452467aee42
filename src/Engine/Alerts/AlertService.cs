using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Immediate alerts with storm control. <see cref="RaiseAsync"/> records the alert and, when it opens a burst,
/// schedules one dispatch <see cref="AlertOptions.BurstWindow"/> later; <see cref="DispatchAsync"/> then mails
/// every pending alert, one mail per audience. A key mailed within <see cref="AlertOptions.RepeatWindow"/>
/// is dropped. All state is in <see cref="AlertStateStore"/>, so restarts and parallel instances change nothing.
/// Lost dispatches do not strand alerts: a stale burst is taken over, a poisoned dispatch is rescheduled, and the
/// digest dispatches stale pending alerts.
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

    /// <summary>How long past the burst window a dispatch may be late before its burst counts as lost.</summary>
    public static readonly TimeSpan LostDispatchMargin = TimeSpan.FromMinutes(5);

    private AlertOptions Options => options.Value;

    /// <summary>
    /// A burst still open this long after it opened lost its dispatch (the opener died before scheduling it, or the
    /// message vanished); a pending alert this old was never mailed. Twice the window plus a margin leaves room for
    /// a late trigger.
    /// </summary>
    public TimeSpan StaleAfter => Options.BurstWindow + Options.BurstWindow + LostDispatchMargin;

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
        var opened = await state.TryOpenBurstAsync(now, now - StaleAfter, ct).ConfigureAwait(false);
        if (opened is null)
        {
            return AlertRaiseResult.Folded;
        }

        try
        {
            await dispatchQueue.ScheduleDispatchAsync(Options.BurstWindow, ct).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // An open burst without a dispatch would fold every later alert into nothing: give it back, so the
            // next alert (or this one's retry) opens and schedules again.
            logger.LogError(exception, "Scheduling the alert dispatch failed; closing the burst again");
            try
            {
                await state.TryReleaseBurstAsync(opened.Value, now, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception releaseError)
            {
                // The stale-burst takeover in TryOpenBurstAsync recovers from this too, StaleAfter later.
                logger.LogError(releaseError, "Closing the burst after a failed schedule failed too");
            }

            throw;
        }

        return AlertRaiseResult.Scheduled;
    }

    /// <summary>
    /// Mails every pending alert, one mail per audience; returns the number of mails sent. Each mail is recorded
    /// on its alerts as soon as it went out, so a retry after a failure mails only the audiences still missing.
    /// </summary>
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

        var delivered = toSend.ToDictionary(
            p => p.RowKey, p => new HashSet<string>(p.DeliveredTo, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        var groups = RecipientGroups.Group(toSend, [], p => Audience(p.Alert).Where(a => !delivered[p.RowKey].Contains(a)).ToList());
        foreach (var (to, items) in groups)
        {
            var delivery = await sender.SendAsync(AlertMailComposer.Compose(to, items.Select(p => p.Alert).ToList(), Options.SubjectPrefix), ct)
                .ConfigureAwait(false);
            await RecordRefusedAsync(delivery, now).ConfigureAwait(false);
            foreach (var item in items)
            {
                delivered[item.RowKey].UnionWith(to);
                await state.AddDeliveredAsync(item, delivered[item.RowKey], CancellationToken.None).ConfigureAwait(false);
            }
        }

        var sent = 0;
        foreach (var pending in toSend)
        {
            if (Audience(pending.Alert).Count == 0)
            {
                // Kept, not dropped: it goes out once someone can receive it (start-up refuses an empty global list).
                logger.LogWarning("Alert {Key} has no recipient: set Alerts:GlobalRecipients or the site's AlertRecipients", pending.Alert.Key);
                continue;
            }

            await state.MarkSentAsync(pending.Alert.Key, now, ct).ConfigureAwait(false);
            await state.DeletePendingAsync(pending.RowKey, ct).ConfigureAwait(false);
            sent++;
        }

        logger.LogInformation("Dispatched {Alerts} alerts in {Mails} mails", sent, groups.Count);
        return groups.Count;
    }

    /// <summary>
    /// Dispatches now when some pending alert is older than <see cref="StaleAfter"/>: its dispatch was lost or
    /// poisoned. The digest calls this, so stranded alerts go out at least daily. Returns the mails sent.
    /// </summary>
    public async Task<int> DispatchStaleAsync(string dispatcherId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var pending = await state.GetPendingAsync(ct).ConfigureAwait(false);
        var stale = pending.Count(p => p.Alert.RaisedAt < now - StaleAfter);
        if (stale == 0)
        {
            return 0;
        }

        logger.LogCritical("{Count} alerts waited longer than {Window} without being mailed; dispatching them now", stale, StaleAfter);
        return await DispatchAsync(dispatcherId, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A dispatch message used up its attempts (the mail server was down throughout): schedules another dispatch
    /// after <paramref name="delay"/>, so the pending alerts are not stranded until some unrelated alert arrives.
    /// </summary>
    public async Task RescheduleAfterPoisonAsync(TimeSpan delay, CancellationToken ct)
    {
        var pending = await state.GetPendingAsync(ct).ConfigureAwait(false);
        logger.LogCritical("An alert dispatch failed every attempt; {Count} alerts are still pending; retrying in {Delay}", pending.Count, delay);
        if (pending.Count > 0)
        {
            await dispatchQueue.ScheduleDispatchAsync(delay, ct).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<string> Audience(Alert alert) =>
        Options.GlobalRecipients.Concat(alert.Recipients)
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private async Task RecordRefusedAsync(MailDelivery delivery, DateTimeOffset now)
    {
        foreach (var refused in delivery.Refused)
        {
            logger.LogWarning("Alert mail to {Address} was refused: {Reason}", refused.Address, refused.Reason);
            try
            {
                await state.RecordRefusedAsync(refused.Address, refused.Reason, now, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The mail went out to everyone else: failing now would send it again.
                logger.LogError(exception, "Recording the refused address {Address} failed", refused.Address);
            }
        }
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
