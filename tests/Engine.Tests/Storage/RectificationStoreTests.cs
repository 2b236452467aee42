using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>The office's ledger records beside the findings, on Azurite: joined on read, never disturbing the history.</summary>
public sealed class RectificationStoreTests : StoreTestBase
{
    private const string Site = "wuqing/zwfwb";
    private static readonly string[] LinkScope = ["link."];
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8));

    private static readonly Finding Broken = SampleFindings.Link(Site, "https://zwfwb.example.gov.cn/index.html", "https://zwfwb.example.gov.cn/bszn/1.html");
    private static readonly Finding Other = SampleFindings.Link(Site, "https://zwfwb.example.gov.cn/tzgg/", "https://zwfwb.example.gov.cn/tzgg/2.html", text: "通知公告");

    [Fact]
    public async Task A_record_comes_back_with_its_finding_and_leaves_the_findings_table_as_it_was()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, Other], LinkScope, Monday, Ct);
        var before = await ReadFindingsTableAsync();
        var stored = (await Store.GetFindingsAsync(Site, null, Ct)).Single(f => f.Fingerprint == Broken.Fingerprint);
        var record = new FindingRectification
        {
            Assignee = "李娜（办公室）",
            Measure = "更新链接地址为新栏目\n并通知信息报送单位",
            Deadline = new DateOnly(2025, 3, 10),
            Status = RectificationStatus.NoActionNeeded,
            CompletedAt = Monday.AddDays(1),
            ReviewResult = "经复核属实",
            NoActionReason = "该栏目已整体迁移，原页面按计划下线",
            StatusVersion = FindingVersion.Of(stored),
            StatusSetAt = Monday.AddHours(3),
            StatusSetBy = "张伟",
            UpdatedAt = Monday.AddHours(3),
            UpdatedBy = "张伟",
        };

        await Store.SaveRectificationsAsync(Site, new Dictionary<string, FindingRectification> { [Broken.Fingerprint] = record }, Ct);
        var findings = await Store.GetFindingsAsync(Site, null, Ct);
        var open = await Store.GetFindingsAsync(null, FindingStatus.Open, Ct);

        Assert.Equal(record, findings.Single(f => f.Fingerprint == Broken.Fingerprint).Rectification);
        Assert.Null(findings.Single(f => f.Fingerprint == Other.Fingerprint).Rectification);
        Assert.Equal(record, open.Single(f => f.Fingerprint == Broken.Fingerprint).Rectification);
        Assert.True(findings.Single(f => f.Fingerprint == Broken.Fingerprint).IsSuppressed());
        var after = await ReadFindingsTableAsync();
        Assert.Equal(
            before.Select(e => (e.RowKey, e.ETag)).OrderBy(p => p.RowKey, StringComparer.Ordinal),
            after.Select(e => (e.RowKey, e.ETag)).OrderBy(p => p.RowKey, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Later_runs_keep_the_record_and_the_occurrence_changes_only_when_the_finding_reappears()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken], LinkScope, Monday, Ct);
        var first = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));
        Assert.Equal(Monday, first.OpenedAt);
        await Store.SaveRectificationsAsync(Site, new Dictionary<string, FindingRectification>
        {
            [Broken.Fingerprint] = new() { Assignee = "李娜", Status = RectificationStatus.InProgress, StatusVersion = FindingVersion.Of(first), UpdatedAt = Monday },
        }, Ct);

        // Found again, with another attempt count in its message: the same version, the record still applies.
        await Store.MergeRunAsync(Site, "run-2", [Broken with { Message = Broken.Message + "（重试 2 次）" }], LinkScope, Monday.AddDays(1), Ct);
        var again = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));
        Assert.Equal(Monday, again.OpenedAt);
        Assert.Equal(Monday, again.FirstSeen);
        Assert.Equal(Monday.AddDays(1), again.LastSeen);
        Assert.Equal(RectificationStatus.InProgress, again.CurrentStatus());

        // Resolved, then found again: a new occurrence; the plan stays, the status lapses.
        await Store.MergeRunAsync(Site, "run-3", [], LinkScope, Monday.AddDays(2), Ct);
        var resolved = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));
        Assert.Equal(FindingStatus.Resolved, resolved.Status);
        Assert.Equal(Monday, resolved.OpenedAt);
        await Store.MergeRunAsync(Site, "run-4", [Broken], LinkScope, Monday.AddDays(3), Ct);
        var reopened = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));

        Assert.Equal(Monday.AddDays(3), reopened.OpenedAt);
        Assert.Equal(Monday, reopened.FirstSeen);
        Assert.Equal(RectificationStatus.Pending, reopened.CurrentStatus());
        Assert.Equal("李娜", reopened.CurrentRectification()?.Assignee);
        Assert.Equal(RectificationStatus.InProgress, reopened.LapsedOutcome()?.Status);
    }

    [Fact]
    public async Task A_finding_stored_before_occurrences_were_kept_starts_its_occurrence_at_first_seen()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken], LinkScope, Monday, Ct);
        var table = ServiceClient.GetTableClient(Options.GetFindingsTableName());
        var entity = Assert.Single(await ReadFindingsTableAsync());
        entity.Remove("OpenedAt");
        await table.UpdateEntityAsync(entity, entity.ETag, Azure.Data.Tables.TableUpdateMode.Replace, Ct);
        var legacy = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));
        Assert.Null(legacy.OpenedAt);

        await Store.MergeRunAsync(Site, "run-2", [Broken], LinkScope, Monday.AddDays(1), Ct);
        var merged = Assert.Single(await Store.GetFindingsAsync(Site, null, Ct));

        Assert.Equal(Monday, merged.OpenedAt);
        Assert.Equal(FindingVersion.Of(legacy), FindingVersion.Of(merged));
    }
}
