using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Reads the findings and recent runs a report needs from the store.</summary>
public static class ReportDataLoader
{
    public const int RunsPerSite = 30;

    public static async Task<ReportData> LoadAsync(IFindingStore store, string? siteId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var findings = await store.GetFindingsAsync(siteId, null, cancellationToken).ConfigureAwait(false);
        // Sites come from the runs as well: a site inspected and found clean belongs in the report too.
        var sites = siteId is null ? await store.GetSiteIdsAsync(cancellationToken).ConfigureAwait(false) : [siteId];
        var runs = new List<RunRecord>();
        foreach (var site in sites)
        {
            runs.AddRange(await store.GetRecentRunsAsync(site, RunsPerSite, cancellationToken).ConfigureAwait(false));
        }

        return new ReportData(now, siteId, findings, runs.OrderByDescending(r => r.StartedAt).ToList());
    }
}
