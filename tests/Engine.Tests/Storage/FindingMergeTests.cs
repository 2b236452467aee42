using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>MergeRunAsync against real Azurite: history, resolution by scope, reopening, idempotence, batching.</summary>
public sealed class FindingMergeTests : StoreTestBase
{
    private const string Site = "wuqing-zwfwb";
    private static readonly string[] LinkScope = ["link."];
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);
    private static readonly DateTimeOffset Wednesday = Monday.AddDays(2);

    private static readonly Finding BrokenGuide = SampleFindings.Link(Site, "https://zwfwb.example.gov.cn/index.html", "https://zwfwb.example.gov.cn/bszn/1.html");
    private static readonly Finding BrokenNotice = SampleFindings.Link(Site, "https://zwfwb.example.gov.cn/tzgg/", "https://zwfwb.example.gov.cn/tzgg/2.html", text: "通知公告");
    private static readonly Finding Typo = SampleFindings.Typo(Site, "https://zwfwb.example.gov.cn/zwgk/", "政务工开", "政务公开");

    [Fact]
    public async Task New_findings_are_stored_open_with_first_and_last_seen_at_the_run_time()
    {
        var result = await Store.MergeRunAsync(Site, "run-1", [BrokenGuide, BrokenNotice], LinkScope, Monday, Ct);

        Assert.Equal(2, result.New);
        Assert.Equal([BrokenGuide.Fingerprint, BrokenNotice.Fingerprint], result.NewFingerprints);
        Assert.Equal(0, result.StillOpen + result.Reopened + result.Resolved);

        var stored = await Store.GetFindingsAsync(Site, null, Ct);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, finding =>
        {
            Assert.Equal(FindingStatus.Open, finding.Status);
            Assert.Equal(Monday, finding.FirstSeen);
            Assert.Equal(Monday, finding.LastSeen);
            Assert.Null(finding.ResolvedAt);
        });
    }

    [Fact]
    public async Task A_second_run_with_the_same_findings_keeps_first_seen_and_moves_last_seen()
    {
        await Store.MergeRunAsync(Site, "run-1", [BrokenGuide], LinkScope, Monday, Ct);

        var result = await Store.MergeRunAsync(Site, "run-2", [BrokenGuide with { Message = "新的描述" }], LinkScope, Tuesday, Ct);

        Assert.Equal(0, result.New);
        Assert.Equal(1, result.StillOpen);
        var finding = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));
        Assert.Equal(Monday, finding.FirstSeen);
        Assert.Equal(Tuesday, finding.LastSeen);
        Assert.Equal(FindingStatus.Open, finding.Status);
        Assert.Equal("新的描述", finding.Message);
    }

    [Fact]
    public async Task A_finding_absent_from_a_later_run_is_resolved_only_within_the_given_scopes()
    {
        await Store.MergeRunAsync(Site, "run-1", [BrokenGuide, BrokenNotice, Typo], ["link.", "typo."], Monday, Ct);

        // The typo check did not run on Tuesday: its finding must stay open although it is absent.
        var result = await Store.MergeRunAsync(Site, "run-2", [BrokenGuide], LinkScope, Tuesday, Ct);

        Assert.Equal(1, result.Resolved);
        Assert.Equal([BrokenNotice.Fingerprint], result.ResolvedFingerprints);
        var notice = await SingleAsync(BrokenNotice.Fingerprint);
        Assert.Equal(FindingStatus.Resolved, notice.Status);
        Assert.Equal(Tuesday, notice.ResolvedAt);
        Assert.Equal(Monday, notice.LastSeen);
        var typo = await SingleAsync(Typo.Fingerprint);
        Assert.Equal(FindingStatus.Open, typo.Status);
        Assert.Equal(Monday, typo.LastSeen);
        Assert.Equal(new[] { BrokenGuide.Fingerprint, Typo.Fingerprint }.Order(), (await Store.GetFindingsAsync(Site, FindingStatus.Open, Ct)).Select(f => f.Fingerprint).Order());
        Assert.Equal([BrokenNotice.Fingerprint], (await Store.GetFindingsAsync(Site, FindingStatus.Resolved, Ct)).Select(f => f.Fingerprint));
    }

    [Fact]
    public async Task A_resolved_finding_that_reappears_is_reopened_with_its_history()
    {
        await Store.MergeRunAsync(Site, "run-1", [BrokenGuide], LinkScope, Monday, Ct);
        await Store.MergeRunAsync(Site, "run-2", [], LinkScope, Tuesday, Ct);
        Assert.Equal(FindingStatus.Resolved, (await SingleAsync(BrokenGuide.Fingerprint)).Status);

        var result = await Store.MergeRunAsync(Site, "run-3", [BrokenGuide], LinkScope, Wednesday, Ct);

        Assert.Equal(1, result.Reopened);
        Assert.Equal([BrokenGuide.Fingerprint], result.ReopenedFingerprints);
        Assert.Equal(0, result.New);
        var finding = await SingleAsync(BrokenGuide.Fingerprint);
        Assert.Equal(FindingStatus.Open, finding.Status);
        Assert.Null(finding.ResolvedAt);
        Assert.Equal(Monday, finding.FirstSeen);
        Assert.Equal(Wednesday, finding.LastSeen);
    }

    [Fact]
    public async Task The_same_merge_twice_gives_the_same_table_state_and_reports_nothing_new()
    {
        await Store.MergeRunAsync(Site, "run-1", [BrokenGuide, BrokenNotice, Typo], ["link.", "typo."], Monday, Ct);
        var first = await Store.MergeRunAsync(Site, "run-2", [BrokenGuide, Typo], LinkScope, Tuesday, Ct);
        var stateAfterFirst = await SnapshotAsync();

        var second = await Store.MergeRunAsync(Site, "run-2", [BrokenGuide, Typo], LinkScope, Tuesday, Ct);

        Assert.Equal((0, 2, 0, 1), (first.New, first.StillOpen, first.Reopened, first.Resolved));
        Assert.Equal((0, 2, 0, 0), (second.New, second.StillOpen, second.Reopened, second.Resolved));
        Assert.Equal(stateAfterFirst, await SnapshotAsync());
        Assert.Equal(3, stateAfterFirst.Count);
    }

    [Fact]
    public async Task Duplicate_fingerprints_in_one_run_are_stored_once_and_the_first_wins()
    {
        var duplicate = BrokenGuide with { Message = "重复的第二条" };

        var result = await Store.MergeRunAsync(Site, "run-1", [BrokenGuide, duplicate], LinkScope, Monday, Ct);

        Assert.Equal(1, result.New);
        var finding = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));
        Assert.Equal(BrokenGuide.Message, finding.Message);
    }

    [Fact]
    public async Task More_than_a_hundred_findings_are_written_and_resolved_in_batches()
    {
        var many = Enumerable.Range(0, 250)
            .Select(i => SampleFindings.Link(Site, $"https://zwfwb.example.gov.cn/list_{i / 10}.html", $"https://zwfwb.example.gov.cn/doc/{i}.html"))
            .ToList();

        var created = await Store.MergeRunAsync(Site, "run-1", many, LinkScope, Monday, Ct);
        var resolved = await Store.MergeRunAsync(Site, "run-2", many.Take(30).ToList(), LinkScope, Tuesday, Ct);

        Assert.Equal(250, created.New);
        Assert.Equal(250, (await ReadFindingsTableAsync()).Count);
        Assert.Equal((30, 220), (resolved.StillOpen, resolved.Resolved));
        Assert.Equal(220, (await Store.GetFindingsAsync(Site, FindingStatus.Resolved, Ct)).Count);
        Assert.Equal(30, (await Store.GetFindingsAsync(Site, FindingStatus.Open, Ct)).Count);
    }

    [Fact]
    public async Task Sites_are_kept_apart()
    {
        var otherSite = SampleFindings.Link("hexi-zwgk", "https://hexi.example.gov.cn/", "https://hexi.example.gov.cn/404.html");
        await Store.MergeRunAsync(Site, "run-1", [BrokenGuide], LinkScope, Monday, Ct);
        await Store.MergeRunAsync("hexi-zwgk", "run-1", [otherSite], LinkScope, Monday, Ct);

        var result = await Store.MergeRunAsync(Site, "run-2", [], LinkScope, Tuesday, Ct);

        Assert.Equal([BrokenGuide.Fingerprint], result.ResolvedFingerprints);
        Assert.Equal(FindingStatus.Open, Assert.Single(await Store.GetFindingsAsync("hexi-zwgk", null, Ct)).Status);
        Assert.Equal(2, (await Store.GetFindingsAsync(null, null, Ct)).Count);
        Assert.Equal("hexi-zwgk", Assert.Single(await Store.GetFindingsAsync(null, FindingStatus.Open, Ct)).SiteId);
    }

    [Fact]
    public async Task A_finding_of_another_site_or_an_empty_scope_is_rejected_before_any_write()
    {
        var foreign = SampleFindings.Link("hexi-zwgk", "https://hexi.example.gov.cn/", "https://hexi.example.gov.cn/404.html");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.MergeRunAsync(Site, "run-1", [BrokenGuide, foreign], LinkScope, Monday, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.MergeRunAsync(Site, "run-1", [BrokenGuide], [""], Monday, Ct));
        Assert.Empty(await Store.GetFindingsAsync(null, null, Ct));
    }

    private async Task<Finding> SingleAsync(string fingerprint) =>
        Assert.Single(await Store.GetFindingsAsync(Site, null, Ct), finding => finding.Fingerprint == fingerprint);

    /// <summary>Every stored property except the service's own Timestamp and ETag, in a comparable form.</summary>
    private async Task<List<string>> SnapshotAsync() =>
        (await ReadFindingsTableAsync())
            .Select(entity => string.Join(
                "|",
                entity.Where(property => property.Key is not ("Timestamp" or "odata.etag"))
                    .OrderBy(property => property.Key, StringComparer.Ordinal)
                    .Select(property => $"{property.Key}={property.Value}")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
