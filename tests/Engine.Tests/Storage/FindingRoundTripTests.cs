using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>Every field of a finding survives Azurite exactly, including Chinese text and awkward site ids.</summary>
public sealed class FindingRoundTripTests : StoreTestBase
{
    private static readonly DateTimeOffset RunTime = new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

    [Fact]
    public async Task Chinese_text_and_evidence_round_trip_exactly()
    {
        var finding = new Finding
        {
            RuleId = "link.http-404",
            Severity = Severity.Serious,
            SiteId = "tianjin-wuqing",
            PageUrl = "https://www.example.gov.cn/zwgk/政策文件/index.html?栏目=通知",
            TargetUrl = "https://www.example.gov.cn/附件/2024年政府信息公开工作年度报告.pdf",
            Text = "《2024年政府信息公开工作年度报告》",
            Message = "页面“政策文件”中的链接“《2024年政府信息公开工作年度报告》”无法访问：服务器返回 404（页面不存在）。\n请核对链接地址。",
            Evidence =
            [
                new("status", "404"),
                new("跳转链", "http://a.gov.cn/1 → https://a.gov.cn/1"),
                new("status", "404 重复键"),
                new("quote\"back\\slash", "制表\t换行\n\u0001控制符 😀"),
            ],
            Fingerprint = FindingFingerprint.Compute("link.http-404", "tianjin-wuqing", "p", "t"),
        };

        await Store.MergeRunAsync(finding.SiteId, "run-1", [finding], ["link."], RunTime, Ct);
        var stored = Assert.Single(await Store.GetFindingsAsync(finding.SiteId, FindingStatus.Open, Ct));

        Assert.Equal(finding.RuleId, stored.RuleId);
        Assert.Equal(finding.Severity, stored.Severity);
        Assert.Equal(finding.SiteId, stored.SiteId);
        Assert.Equal(finding.PageUrl, stored.PageUrl);
        Assert.Equal(finding.TargetUrl, stored.TargetUrl);
        Assert.Equal(finding.Text, stored.Text);
        Assert.Equal(finding.Message, stored.Message);
        Assert.Equal(finding.Evidence, stored.Evidence);
        Assert.Equal(finding.Fingerprint, stored.Fingerprint);
        Assert.Equal(RunTime, stored.FirstSeen);
        Assert.Equal(RunTime, stored.LastSeen);
        Assert.Equal(FindingStatus.Open, stored.Status);
        Assert.Null(stored.ResolvedAt);

        var entity = Assert.Single(await ReadFindingsTableAsync());
        Assert.Equal("serious", entity.GetString("Severity"));
        Assert.Equal("open", entity.GetString("Status"));
        Assert.Contains("跳转链", entity.GetString("Evidence"), StringComparison.Ordinal);
        Assert.Equal("run-1", entity.GetString("FirstRunId"));
    }

    [Fact]
    public async Task Optional_fields_left_empty_stay_empty()
    {
        var finding = SampleFindings.Typo("site", "https://a.example.gov.cn/", "工开", "公开") with { Evidence = [] };

        await Store.MergeRunAsync("site", "run-1", [finding], ["typo."], RunTime, Ct);
        var stored = Assert.Single(await Store.GetFindingsAsync("site", null, Ct));

        Assert.Null(stored.TargetUrl);
        Assert.Empty(stored.Evidence);
        Assert.Equal(Severity.Hint, stored.Severity);
    }

    [Theory]
    [InlineData("site/with/slashes")]
    [InlineData("back\\slash#hash?query%percent")]
    [InlineData("control\u0001\u001F\u007F\u009Fchars")]
    [InlineData("武清区/政务服务办")]
    public async Task Site_ids_with_forbidden_key_characters_round_trip(string siteId)
    {
        var finding = SampleFindings.Link(siteId, "https://a.example.gov.cn/#frag", "https://a.example.gov.cn/x?y=1");

        await Store.MergeRunAsync(siteId, "run/1?#", [finding], ["link."], RunTime, Ct);
        await Store.SaveRunAsync(RunRecords.Sample(siteId, "run/1?#", RunTime), Ct);

        var stored = Assert.Single(await Store.GetFindingsAsync(siteId, null, Ct));
        Assert.Equal(siteId, stored.SiteId);
        Assert.Equal(finding.PageUrl, stored.PageUrl);
        var run = Assert.Single(await Store.GetRecentRunsAsync(siteId, 10, Ct));
        Assert.Equal(siteId, run.SiteId);
        Assert.Equal("run/1?#", run.RunId);

        var resolved = await Store.MergeRunAsync(siteId, "run/2", [], ["link."], RunTime.AddDays(1), Ct);
        Assert.Equal(1, resolved.Resolved);
    }

    [Fact]
    public async Task Text_over_the_property_limit_is_stored_cut_with_a_marker()
    {
        var finding = SampleFindings.Link("site", "https://a.example.gov.cn/", "https://a.example.gov.cn/b") with
        {
            Message = new string('断', 40_000),
            Evidence = [new("body", new string('文', 40_000))],
        };

        await Store.MergeRunAsync("site", "run-1", [finding], ["link."], RunTime, Ct);
        var stored = Assert.Single(await Store.GetFindingsAsync("site", null, Ct));

        Assert.Equal(TableText.MaxPropertyChars, stored.Message.Length);
        Assert.EndsWith(TableText.TruncationMarker, stored.Message, StringComparison.Ordinal);
        Assert.Equal("body", stored.Evidence[0].Key);
        Assert.EndsWith(TableText.TruncationMarker, stored.Evidence[0].Value, StringComparison.Ordinal);
    }
}
