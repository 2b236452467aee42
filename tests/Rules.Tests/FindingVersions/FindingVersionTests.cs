using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Tests.FindingVersions;

/// <summary>When a finding counts as changed, so that the status the office gave it (above all 无需整改) lapses.</summary>
public sealed class FindingVersionTests
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Finding Timeout = new()
    {
        RuleId = "link.timeout",
        Severity = Severity.General,
        SiteId = "sample-gov",
        PageUrl = "https://www.example.gov.cn/",
        TargetUrl = "http://other.example.org/",
        Text = "友情链接",
        Message = "页面 https://www.example.gov.cn/ 中的链接“友情链接”（http://other.example.org/）无法访问：访问超时（20 秒内未返回完整内容），共尝试 3 次。",
        Evidence = [new("attempts", "3"), new("detail", "20 秒内未返回完整内容"), new("kind", "a")],
        Fingerprint = FindingFingerprint.Compute("link.", "sample-gov", "https://www.example.gov.cn/", "http://other.example.org/"),
        FirstSeen = Monday,
        LastSeen = Monday,
    };

    public static TheoryData<string, Finding> Diagnostics() => new()
    {
        { "message wording", Timeout with { Message = Timeout.Message.Replace("共尝试 3 次", "共尝试 2 次", StringComparison.Ordinal) } },
        { "attempts", Timeout with { Evidence = [new("attempts", "2"), new("detail", "20 秒内未返回完整内容"), new("kind", "a")] } },
        { "evidence order and run details", Timeout with { Evidence = [new("kind", "a"), new("redirects", "http://a/ http://b/"), new("pages", "4: x y z w")] } },
        { "last seen", Timeout with { LastSeen = Monday.AddDays(3) } },
        { "page of a template link", Timeout with { PageUrl = "https://www.example.gov.cn/zwgk/" } },
        { "occurrence stored explicitly as the first sighting", Timeout with { OpenedAt = Monday } },
    };

    public static TheoryData<string, Finding> Changes() => new()
    {
        { "rule", Timeout with { RuleId = "link.http-404" } },
        { "severity", Timeout with { Severity = Severity.Serious } },
        { "text", Timeout with { Text = "上级网站" } },
        { "status code", Timeout with { Evidence = [.. Timeout.Evidence, new("status", "404")] } },
        { "expected value", Timeout with { Evidence = [new("expected", "12")] } },
        { "suggestion", Timeout with { Evidence = [new("suggestion", "公开")] } },
        { "reappeared after being resolved", Timeout with { OpenedAt = Monday.AddDays(7) } },
    };

    [Theory]
    [MemberData(nameof(Diagnostics))]
    public void Run_diagnostics_do_not_change_the_version(string what, Finding changed) =>
        Assert.True(FindingVersion.Of(Timeout) == FindingVersion.Of(changed), what);

    [Theory]
    [MemberData(nameof(Changes))]
    public void What_the_finding_says_is_wrong_and_a_new_occurrence_change_the_version(string what, Finding changed) =>
        Assert.True(FindingVersion.Of(Timeout) != FindingVersion.Of(changed), what);

    [Fact]
    public void A_suppression_applies_to_its_version_only_and_then_lapses()
    {
        var suppressed = Timeout with
        {
            Rectification = new FindingRectification
            {
                Assignee = "王明",
                Status = RectificationStatus.NoActionNeeded,
                NoActionReason = "外部网站，非本单位维护",
                StatusVersion = FindingVersion.Of(Timeout),
            },
        };

        Assert.True(suppressed.IsSuppressed());
        Assert.Null(suppressed.LapsedOutcome());

        var changed = suppressed with { RuleId = "link.http-404" };
        Assert.False(changed.IsSuppressed());
        Assert.Equal(RectificationStatus.Pending, changed.CurrentStatus());
        Assert.Equal("外部网站，非本单位维护", changed.LapsedOutcome()?.NoActionReason);
        // The plan stays with the finding; only the outcome lapses.
        Assert.Equal("王明", changed.CurrentRectification()?.Assignee);
        Assert.Null(changed.CurrentRectification()?.NoActionReason);

        Assert.False((suppressed with { Status = FindingStatus.Resolved }).IsSuppressed());
        Assert.False((suppressed with { Rectification = suppressed.Rectification! with { NoActionReason = "  " } }).IsSuppressed());
    }

    [Theory]
    [InlineData("", RectificationStatus.Pending)]
    [InlineData(" 未整改 ", RectificationStatus.Pending)]
    [InlineData("整改中", RectificationStatus.InProgress)]
    [InlineData("已整改", RectificationStatus.ClaimedDone)]
    [InlineData("无需整改", RectificationStatus.NoActionNeeded)]
    [InlineData("完成", null)]
    [InlineData("no-action", null)]
    public void Ledger_status_text_is_one_of_the_four_values(string text, RectificationStatus? expected) =>
        Assert.Equal(expected, RectificationStatusNames.FromChinese(text));
}
