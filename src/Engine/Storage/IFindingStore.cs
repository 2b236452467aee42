using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Storage;

/// <summary>Findings with their history (first/last seen, open/resolved) and the record of each run.</summary>
public interface IFindingStore
{
    /// <summary>
    /// Records one run's findings for a site: new ones open, known ones stay open (or reopen), and open ones whose
    /// rule id starts with one of <paramref name="ruleScopes"/> but were not found this time are resolved.
    /// Idempotent for the same input. When <paramref name="covered"/> is given, only findings it accepts (e.g. on
    /// pages this run actually read) may be resolved: a partial run is no evidence that the rest was fixed.
    /// Open findings of <paramref name="examinedScopes"/> (default: <paramref name="ruleScopes"/>) that were neither
    /// found again nor resolved are counted as unverified (未能复查): kept open, last seen unchanged.
    /// </summary>
    Task<FindingMergeResult> MergeRunAsync(
        string siteId,
        string runId,
        IReadOnlyCollection<Finding> found,
        IReadOnlyCollection<string> ruleScopes,
        DateTimeOffset runTime,
        CancellationToken ct,
        Func<Finding, bool>? covered = null,
        IReadOnlyCollection<string>? examinedScopes = null);

    /// <summary>Stored findings with the office's records, all sites when <paramref name="siteId"/> is null, any status when <paramref name="status"/> is null.</summary>
    Task<IReadOnlyList<Finding>> GetFindingsAsync(string? siteId, FindingStatus? status, CancellationToken ct);

    /// <summary>
    /// Stores what the office recorded for findings of one site (from an imported rectification ledger), keyed by
    /// fingerprint, replacing earlier records of those findings. Findings themselves and their history are not touched;
    /// <see cref="GetFindingsAsync"/> returns each finding with its record.
    /// </summary>
    Task SaveRectificationsAsync(string siteId, IReadOnlyDictionary<string, FindingRectification> byFingerprint, CancellationToken ct);

    Task SaveRunAsync(RunRecord run, CancellationToken ct);

    /// <summary>The site's runs, newest (by start time) first.</summary>
    Task<IReadOnlyList<RunRecord>> GetRecentRunsAsync(string siteId, int max, CancellationToken ct);

    /// <summary>Every site with a run or a finding, including sites that were inspected and found clean.</summary>
    Task<IReadOnlyList<string>> GetSiteIdsAsync(CancellationToken ct);
}
