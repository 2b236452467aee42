using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Functions.Tests.Support;

/// <summary>
/// A findings store whose merge fails (a partial outage, e.g. the findings table throttled) while run records
/// still save, so a failing inspection can be observed in its run record.
/// </summary>
public sealed class MergeFailingStore(IFindingStore inner) : IFindingStore
{
    public const string Error = "findings table unavailable (test)";

    public Task<FindingMergeResult> MergeRunAsync(
        string siteId, string runId, IReadOnlyCollection<Finding> found, IReadOnlyCollection<string> ruleScopes, DateTimeOffset runTime,
        CancellationToken ct, Func<Finding, bool>? covered = null, IReadOnlyCollection<string>? examinedScopes = null) =>
        throw new InvalidOperationException(Error);

    public Task<IReadOnlyList<Finding>> GetFindingsAsync(string? siteId, FindingStatus? status, CancellationToken ct) => inner.GetFindingsAsync(siteId, status, ct);

    public Task SaveRectificationsAsync(string siteId, IReadOnlyDictionary<string, FindingRectification> byFingerprint, CancellationToken ct) =>
        inner.SaveRectificationsAsync(siteId, byFingerprint, ct);

    public Task SaveRunAsync(RunRecord run, CancellationToken ct) => inner.SaveRunAsync(run, ct);

    public Task<IReadOnlyList<RunRecord>> GetRecentRunsAsync(string siteId, int max, CancellationToken ct) => inner.GetRecentRunsAsync(siteId, max, ct);

    public Task<IReadOnlyList<string>> GetSiteIdsAsync(CancellationToken ct) => inner.GetSiteIdsAsync(ct);
}
