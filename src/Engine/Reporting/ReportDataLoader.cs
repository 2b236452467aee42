using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Reads the findings and recent runs a report needs from the store.</summary>
public static class ReportDataLoader
{
    public const int RunsPerSite = 30;

    public static Task<ReportData> LoadAsync(IFindingStore store, string? siteId, DateTimeOffset now, CancellationToken cancellationToken) =>
        LoadAsync(store, siteId, now, siteNames: null, cancellationToken);

    /// <param name="siteNames">Display names by site id (see <see cref="SiteNamesOf"/>); null shows ids.</param>
    public static async Task<ReportData> LoadAsync(
        IFindingStore store, string? siteId, DateTimeOffset now, IReadOnlyDictionary<string, string>? siteNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var findings = await store.GetFindingsAsync(siteId, null, cancellationToken).ConfigureAwait(false);
        // Sites come from the runs as well: a site inspected and found clean belongs in the report too.
        var sites = siteId is null ? await store.GetSiteIdsAsync(cancellationToken).ConfigureAwait(false) : [siteId];
        var runs = new List<RunRecord>();
        foreach (var site in sites)
        {
            runs.AddRange(await store.GetRecentRunsAsync(site, RunsPerSite, cancellationToken).ConfigureAwait(false));
        }

        return new ReportData(now, siteId, findings, runs.OrderByDescending(r => r.StartedAt).ToList())
        {
            SiteNames = siteNames ?? new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }

    /// <summary>The configured sites' names by id (Inspection:Sites, or the site registry), leaving out sites without one.</summary>
    public static IReadOnlyDictionary<string, string> SiteNamesOf(IEnumerable<SiteOptions> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var site in sites.Where(s => !string.IsNullOrWhiteSpace(s.Id)))
        {
            var name = string.IsNullOrWhiteSpace(site.Name) ? site.OwnOrganName() : site.Name;
            if (!string.IsNullOrWhiteSpace(name))
            {
                names[site.Id] = name.Trim();
            }
        }

        return names;
    }
}
