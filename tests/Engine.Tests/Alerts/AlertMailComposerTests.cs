using ComplianceFns.Engine.Alerts;

namespace ComplianceFns.Engine.Tests.Alerts;

public sealed class AlertMailComposerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 0, 5, 0, TimeSpan.Zero);

    [Fact]
    public void One_alert_names_its_kind_and_site_in_the_subject_and_beijing_time_in_the_body()
    {
        var mail = AlertMailComposer.Compose(["a@example.gov.cn"], [Alert("unreachable:x", AlertKind.SiteUnreachable, "x", "某某县")], "【巡检】");

        Assert.Equal("【巡检】站点无法访问：某某县（x）", mail.Subject);
        Assert.Contains("时间：2026-03-10 08:05（北京时间）", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_burst_is_counted_and_hostile_text_is_escaped_in_html()
    {
        var hostile = Alert("failed:y", AlertKind.InspectionFailed, "y", "<script>alert(1)</script>") with { Occurrences = 3 };
        var mail = AlertMailComposer.Compose(["a@example.gov.cn"], [hostile, Alert("unreachable:x", AlertKind.SiteUnreachable, "x", null)], "【巡检】");

        Assert.Equal("【巡检】2 条告警：站点无法访问（x）等", mail.Subject);
        Assert.Contains("涉及 2 个站点", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("（本时段内共 3 次）", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
    }

    private static Alert Alert(string key, AlertKind kind, string siteId, string? name) => new()
    {
        Kind = kind,
        Key = key,
        SiteId = siteId,
        SiteName = name,
        Summary = "摘要",
        Details = ["细节"],
        RaisedAt = At,
    };
}
