using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Everything the findings report and the rectification ledger show, read from the store once.</summary>
/// <param name="GeneratedAt">When the report was made (shown on it).</param>
/// <param name="SiteFilter">The one site reported on, or null for all sites.</param>
/// <param name="Findings">Every stored finding in scope, open and resolved.</param>
/// <param name="Runs">Run records in scope, newest first, at most 30 per site.</param>
public sealed record ReportData(DateTimeOffset GeneratedAt, string? SiteFilter, IReadOnlyList<Finding> Findings, IReadOnlyList<RunRecord> Runs)
{
    /// <summary>Configured display names by site id (the organ's or site's name); a site without one shows its id.</summary>
    public IReadOnlyDictionary<string, string> SiteNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>整改时限 by severity for the ledger (defaults: 严重 1, 一般 5, 提示 10 working days).</summary>
    public RectificationDeadlineOptions Deadlines { get; init; } = new();

    /// <summary>Open findings that count as 未整改: every open finding except those the office marked 无需整改.</summary>
    public IEnumerable<Finding> Open => Findings.Where(f => f.Status == FindingStatus.Open && !f.IsSuppressed());

    /// <summary>Open findings the office marked 无需整改 with a reason (for their current version).</summary>
    public IEnumerable<Finding> Suppressed => Findings.Where(f => f.IsSuppressed());

    /// <summary>Every open finding, 无需整改 included: what an inspection has not yet found fixed (the ledger's rows).</summary>
    public IEnumerable<Finding> Unresolved => Findings.Where(f => f.Status == FindingStatus.Open);

    /// <summary>The newest run of each site.</summary>
    public IReadOnlyDictionary<string, RunRecord> LastRuns =>
        Runs.GroupBy(r => r.SiteId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.StartedAt)!);

    /// <summary>The newest site inspection of each site (report checks and uploads are not inspections of the site).</summary>
    public IReadOnlyDictionary<string, RunRecord> LastInspections =>
        Runs.Where(ReportRunKind.IsSiteInspection).GroupBy(r => r.SiteId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.StartedAt)!);

    /// <summary>The site's configured name, else its id.</summary>
    public string SiteName(string siteId) =>
        SiteNames.TryGetValue(siteId, out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : siteId;

    /// <summary>What the report is about: the one site's name, or all sites.</summary>
    public string Scope => SiteFilter is null ? "全部站点" : SiteName(SiteFilter);
}
