using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>A run resolves only what it looked at: findings on pages it did not read stay open.</summary>
public sealed class CoverageMergeTests : StoreTestBase
{
    private const string Site = "coverage-site";
    private static readonly DateTimeOffset First = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Second = First.AddDays(1);

    [Fact]
    public async Task Findings_on_pages_outside_the_coverage_stay_open()
    {
        var readAgain = SampleFindings.Link(Site, "https://x.gov.cn/a.html", "https://x.gov.cn/gone.html");
        var notReached = SampleFindings.Link(Site, "https://x.gov.cn/b.html", "https://x.gov.cn/gone2.html");
        await Store.MergeRunAsync(Site, "run-1", [readAgain, notReached], ["link."], First, Ct);

        var merge = await Store.MergeRunAsync(Site, "run-2", [], ["link."], Second, Ct, covered: f => f.PageUrl == "https://x.gov.cn/a.html");

        Assert.Equal([readAgain.Fingerprint], merge.ResolvedFingerprints);
        var stored = await Store.GetFindingsAsync(Site, null, Ct);
        Assert.Equal(FindingStatus.Open, stored.Single(f => f.Fingerprint == notReached.Fingerprint).Status);
        Assert.Equal(FindingStatus.Resolved, stored.Single(f => f.Fingerprint == readAgain.Fingerprint).Status);
    }
}
