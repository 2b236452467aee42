using ComplianceFns.SampleSite.Generated;

namespace LinkBench;

/// <summary>
/// How a tool's broken-link report compares with the planted broken links. A planted link counts as found when the
/// tool reports the same (page, target) pair; a false positive is a distinct reported target that was not planted.
/// </summary>
public sealed record RecallScore(int Expected, int Found, int FalsePositives, IReadOnlyList<string> MissedExamples, IReadOnlyList<string> FalsePositiveExamples)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>Planted targets found among all distinct broken targets reported (each planted target is linked once).</summary>
    public double Precision => Found + FalsePositives == 0 ? 1 : (double)Found / (Found + FalsePositives);

    public static RecallScore Compute(IReadOnlyCollection<GeneratedBrokenLink> planted, IEnumerable<ReportedLink> reported)
    {
        var reportedPairs = reported
            .Select(r => (Page: UrlNormaliser.Normalise(r.PageUrl), Target: UrlNormaliser.Normalise(r.TargetUrl)))
            .ToHashSet();
        var plantedPairs = planted
            .Select(p => (Page: UrlNormaliser.Normalise(p.SourcePageUrl), Target: UrlNormaliser.Normalise(p.TargetUrl)))
            .ToHashSet();
        var plantedTargets = plantedPairs.Select(p => p.Target).ToHashSet(StringComparer.Ordinal);

        var missed = plantedPairs.Where(p => !reportedPairs.Contains(p)).Select(p => $"{p.Page} → {p.Target}").ToList();
        var falseTargets = reportedPairs.Select(p => p.Target).Where(t => !plantedTargets.Contains(t))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new RecallScore(plantedPairs.Count, plantedPairs.Count - missed.Count, falseTargets.Count, [.. missed.Take(5)], [.. falseTargets.Take(5)]);
    }
}
