using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// The timer's work: seed the Sites table from configuration, then enqueue one message per enabled site under the
/// occurrence's run id. A site whose ledger row for this run exists was enqueued by an earlier firing and is not
/// sent again; the message goes out before the row is written, so a crash in between at worst sends a duplicate,
/// which the queue function's claim turns into a no-op.
/// </summary>
public sealed class InspectionFanOut(
    SiteRegistry registry,
    InspectionLedger ledger,
    IInspectionQueue queue,
    IOptions<SitesOptions> configured,
    TimeProvider time,
    ILogger<InspectionFanOut> logger)
{
    public const int FanOutParallelism = 16;

    public async Task<FanOutResult> FanOutAsync(DateTimeOffset occurrence, CancellationToken ct)
    {
        var runId = RunIds.Scheduled(occurrence);
        await registry.SeedAsync(configured.Value.Sites, time.GetUtcNow(), ct).ConfigureAwait(false);
        var sites = await registry.GetEnabledSitesAsync(ct).ConfigureAwait(false);
        var enqueued = new System.Collections.Concurrent.ConcurrentBag<string>();
        var already = new System.Collections.Concurrent.ConcurrentBag<string>();
        // Parallel because each site costs two or three storage round trips; thousands of sites stay within seconds.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = FanOutParallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(sites, parallel, async (site, token) =>
        {
            if (await ledger.GetAsync(site.Id, runId, token).ConfigureAwait(false) is not null)
            {
                already.Add(site.Id);
                return;
            }

            await queue.EnqueueAsync(new InspectionMessage(site.Id, runId), token).ConfigureAwait(false);
            await ledger.TryMarkQueuedAsync(site.Id, runId, time.GetUtcNow(), token).ConfigureAwait(false);
            enqueued.Add(site.Id);
        }).ConfigureAwait(false);

        logger.LogInformation("Run {RunId}: enqueued {Enqueued} sites, {Already} already queued", runId, enqueued.Count, already.Count);
        return new FanOutResult(runId, enqueued.Order(StringComparer.Ordinal).ToList(), already.Order(StringComparer.Ordinal).ToList());
    }
}
