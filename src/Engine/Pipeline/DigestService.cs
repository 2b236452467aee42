using System.Globalization;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// Sends the daily digest once per Beijing day (a claim row with a lease, so a re-fired timer or a second instance
/// sends nothing, yet a crash mid-send does not block the day), covering everything since the previous digest.
/// Global recipients get every site; a site's own recipients get that site. Afterwards it mails alerts whose
/// dispatch was lost, so nothing waits longer than a day.
/// </summary>
/// <remarks>
/// Findings are stamped with their run's start (the ledger's first claim), but written up to a run's length later.
/// So the window ends where no unfinished run started before it: at the earliest start of a run still running (or
/// failed and about to be retried), else now. The next digest starts there, so a run straddling the digest time is
/// counted by the next one, never by none.
/// </remarks>
public sealed class DigestService(
    SiteRegistry registry,
    InspectionLedger ledger,
    IFindingStore store,
    AlertStateStore state,
    AlertService alerts,
    IAlertSender sender,
    IOptions<AlertOptions> options,
    IOptions<PipelineOptions> pipeline,
    TimeProvider time,
    ILogger<DigestService> logger)
{
    private const string LastDigestKey = "digest:last";

    /// <summary>The first digest covers this much history.</summary>
    public static readonly TimeSpan FirstDigestPeriod = TimeSpan.FromDays(1);

    /// <summary>A claim never completed (the instance died) may be taken over after this; far beyond a digest's run time.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(30);

    public async Task<DigestResult> SendAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var dayKey = "digest:" + BeijingTime.Of(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!await state.TryClaimOnceAsync(dayKey, now, ClaimLease, ct).ConfigureAwait(false))
        {
            logger.LogInformation("Digest {Key} already sent", dayKey);
            return new DigestResult(true, 0, 0);
        }

        DigestResult result;
        try
        {
            var since = await state.LastSentAsync(LastDigestKey, ct).ConfigureAwait(false) ?? now - FirstDigestPeriod;
            var until = await WindowEndAsync(now, ct).ConfigureAwait(false);
            var digests = await BuildAsync(since, until, ct).ConfigureAwait(false);
            var groups = RecipientGroups.Group(digests, options.Value.GlobalRecipients, d => d.Recipients.ToList());
            foreach (var (to, sites) in groups)
            {
                var mail = DigestComposer.Compose(to, sites, since, until, options.Value.SubjectPrefix, options.Value.DigestFindingsPerSite);
                await sender.SendAsync(mail, ct).ConfigureAwait(false);
            }

            await state.MarkSentAsync(LastDigestKey, until, ct).ConfigureAwait(false);
            await state.CompleteOnceAsync(dayKey, now, ct).ConfigureAwait(false);
            logger.LogInformation("Digest {Key}: {Sites} sites in {Mails} mails, window ends {Until}", dayKey, digests.Count, groups.Count, until);
            result = new DigestResult(false, digests.Count, groups.Count);
        }
        catch (Exception exception)
        {
            // Give the day back so the timer's retry (ExponentialBackoffRetry on the function) can send it.
            await TryAsync(() => state.ReleaseOnceAsync(dayKey, CancellationToken.None), "release the day claim").ConfigureAwait(false);
            await TryAsync(() => alerts.RaiseAsync(InspectionAlerts.DigestFailed(exception, time.GetUtcNow()), CancellationToken.None), "raise the alert")
                .ConfigureAwait(false);
            throw;
        }

        await TryAsync(() => alerts.DispatchStaleAsync(dayKey, ct), "dispatch stale alerts").ConfigureAwait(false);
        return result;
    }

    private async Task<DateTimeOffset> WindowEndAsync(DateTimeOffset now, CancellationToken ct)
    {
        // A claim older than the lease belongs to a dead worker: its retry starts a new claim, or it was poisoned.
        var unfinished = await ledger.GetUnfinishedAsync(now - pipeline.Value.ClaimLease, ct).ConfigureAwait(false);
        var earliest = unfinished.Select(e => e.StartedAt ?? e.ClaimedAt).Where(t => t is not null).Min();
        // One tick before: a finding stamped exactly at the run's start is after this window, inside the next.
        return earliest is { } start && start <= now ? start.AddTicks(-1) : now;
    }

    private async Task<IReadOnlyList<SiteDigest>> BuildAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        var registered = await registry.GetEnabledSitesAsync(ct).ConfigureAwait(false);
        var byId = registered.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var ids = registered.Select(s => s.Id).Union(await store.GetSiteIdsAsync(ct).ConfigureAwait(false), StringComparer.Ordinal);
        var digests = new List<SiteDigest>();
        foreach (var id in ids)
        {
            var site = byId.GetValueOrDefault(id);
            var findings = await store.GetFindingsAsync(id, null, ct).ConfigureAwait(false);
            var lastRun = (await store.GetRecentRunsAsync(id, 1, ct).ConfigureAwait(false)).FirstOrDefault();
            digests.Add(SiteDigest.From(id, site?.Name, site?.AlertRecipients ?? [], findings, lastRun, since, until));
        }

        return digests;
    }

    private async Task TryAsync(Func<Task> action, string what)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogCritical(exception, "The digest could not {What}", what);
        }
    }
}
