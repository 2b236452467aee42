using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Inspection;

/// <summary>Runs an inspection and persists it: findings merged into their history, and a run record.</summary>
public sealed class InspectionRunner(SiteInspector inspector, IFindingStore store)
{
    public async Task<InspectionOutcome> RunAsync(SiteOptions site, string trigger, IProgress<InspectionProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await inspector.InspectAsync(site, progress, cancellationToken).ConfigureAwait(false);
        return await PersistAsync(site, result, trigger).ConfigureAwait(false);
    }

    /// <summary>
    /// Merges an inspection into the findings history and writes its run record. It finishes even when the caller
    /// gave up on the crawl: findings already made are never lost.
    /// </summary>
    public async Task<InspectionOutcome> PersistAsync(SiteOptions site, InspectionResult result, string trigger)
    {
        var merge = await store.MergeRunAsync(
            site.Id, result.RunId, result.Findings, result.RuleScopes, result.StartedAt, CancellationToken.None,
            covered: result.Covers, examinedScopes: result.ExaminedScopes).ConfigureAwait(false);
        var run = new RunRecord
        {
            RunId = result.RunId,
            SiteId = site.Id,
            Trigger = trigger,
            StartedAt = result.StartedAt,
            FinishedAt = result.FinishedAt,
            Status = result.Cancelled || result.PagesCrawled == 0 ? RunStatus.Failed
                : result.Errors.Count > 0 || result.UnreadPages.Count > 0 ? RunStatus.CompletedWithErrors : RunStatus.Succeeded,
            PagesCrawled = result.PagesCrawled,
            LinksChecked = result.TargetsChecked,
            FindingsByRule = result.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count()),
            NewFindings = merge.New,
            ResolvedFindings = merge.Resolved,
            UnverifiedFindings = merge.Unverified,
            // Unread pages first: the record names which pages went unchecked, and an alert quotes the first errors.
            Errors = [.. result.UnreadPages.Select(p => p.Message), .. result.Errors, .. result.Diagnostics],
        };
        await store.SaveRunAsync(run, CancellationToken.None).ConfigureAwait(false);
        return new InspectionOutcome(result, merge, run);
    }
}
