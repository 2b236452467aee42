using System.Globalization;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// Sends the daily digest once per Beijing day (an inserted claim row, so a re-fired timer or a second instance
/// sends nothing), covering everything since the previous digest. Global recipients get every site; a site's own
/// recipients get that site.
/// </summary>
public sealed class DigestService(
    SiteRegistry registry,
    IFindingStore store,
    AlertStateStore state,
    IAlertSender sender,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<DigestService> logger)
{
    private const string LastDigestKey = "digest:last";

    /// <summary>The first digest covers this much history.</summary>
    public static readonly TimeSpan FirstDigestPeriod = TimeSpan.FromDays(1);

    public async Task<DigestResult> SendAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var dayKey = "digest:" + BeijingTime.Of(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!await state.TryClaimOnceAsync(dayKey, now, ct).ConfigureAwait(false))
        {
            logger.LogInformation("Digest {Key} already sent", dayKey);
            return new DigestResult(true, 0, 0);
        }

        try
        {
            var since = await state.LastSentAsync(LastDigestKey, ct).ConfigureAwait(false) ?? now - FirstDigestPeriod;
            var digests = await BuildAsync(since, ct).ConfigureAwait(false);
            var groups = RecipientGroups.Group(digests, options.Value.GlobalRecipients, d => d.Recipients.ToList());
            foreach (var (to, sites) in groups)
            {
                var mail = DigestComposer.Compose(to, sites, since, now, options.Value.SubjectPrefix, options.Value.DigestFindingsPerSite);
                await sender.SendAsync(mail, ct).ConfigureAwait(false);
            }

            await state.MarkSentAsync(LastDigestKey, now, ct).ConfigureAwait(false);
            logger.LogInformation("Digest {Key}: {Sites} sites in {Mails} mails", dayKey, digests.Count, groups.Count);
            return new DigestResult(false, digests.Count, groups.Count);
        }
        catch
        {
            // Give the day back so the platform's retry can send it.
            await state.ReleaseOnceAsync(dayKey, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<IReadOnlyList<SiteDigest>> BuildAsync(DateTimeOffset since, CancellationToken ct)
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
            digests.Add(SiteDigest.From(id, site?.Name, site?.AlertRecipients ?? [], findings, lastRun, since));
        }

        return digests;
    }
}
