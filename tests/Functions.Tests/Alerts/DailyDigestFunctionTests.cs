using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Alerts;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.Rules.Findings;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Alerts;

/// <summary>The daily digest: new, still open by severity and fixed since the previous digest, per site, once a day.</summary>
public sealed class DailyDigestFunctionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_digest_mails_new_open_and_fixed_findings_per_site_once_a_day()
    {
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = "sample-gov",
            ["Inspection:Sites:0:Name"] = "某某县人民政府",
            ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
            ["Inspection:Sites:0:AlertRecipients:0"] = "office@example.gov.cn",
        }, now: Now);
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, Now, CancellationToken.None);
        var oldTypo = Finding("typo.political-formulation", Severity.Serious, "http://127.0.0.1:9/a.html", "“四个自新”应为“四个自信”");
        var fixedLink = Finding("link.http-404", Severity.General, "http://127.0.0.1:9/b.html", "链接“办事指南”指向的页面不存在（404）");
        var newLink = Finding("link.http-404", Severity.General, "http://127.0.0.1:9/c.html", "链接“政策解读”指向的页面不存在（404）");
        string[] scopes = ["link.", "typo."];
        await host.Store.MergeRunAsync("sample-gov", "run-1", [oldTypo, fixedLink], scopes, Now.AddDays(-3), CancellationToken.None);
        await host.Store.MergeRunAsync("sample-gov", "run-2", [oldTypo, newLink], scopes, Now.AddHours(-2), CancellationToken.None);
        var function = host.Create<DailyDigestFunction>();

        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(3)); // re-fired the same Beijing day
        await function.RunAsync(new TimerInfo { IsPastDue = true }, CancellationToken.None);

        // The admin and the site's own recipient get the same single site, so one mail reaches both.
        var mail = Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromSeconds(2)));
        Assert.Equal(["admin@example.gov.cn", "office@example.gov.cn"], mail.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Equal("【政务公开巡检】每日汇总 2026-03-10：1 个站点，新增 1 条，未整改 2 条，已整改 1 条", mail.Subject);
        Assert.EndsWith("@example.gov.cn", mail.MessageId, StringComparison.Ordinal); // the sender's domain, not the worker's name
        Assert.Contains("某某县人民政府（sample-gov）", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("新增问题 1 条；未整改 2 条（严重 1 条、一般 1 条、提示 0 条）；自上次汇总以来已整改 1 条。", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("[一般] 链接失效（404）：页面 http://127.0.0.1:9/c.html：链接“政策解读”指向的页面不存在（404）", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("b.html", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("统计时段：2026-03-09 08:30 至 2026-03-10 08:30（北京时间）", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<td>某某县人民政府（sample-gov）</td><td>1</td><td>1</td><td>1</td><td>0</td><td>1</td>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Global_and_site_recipients_get_different_mails_when_their_sites_differ()
    {
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = "east",
            ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
            ["Inspection:Sites:0:AlertRecipients:0"] = "east@example.gov.cn",
            ["Inspection:Sites:1:Id"] = "west",
            ["Inspection:Sites:1:StartUrls:0"] = "http://127.0.0.1:9/",
        }, now: Now);
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, Now, CancellationToken.None);

        await host.Create<DailyDigestFunction>().RunAsync(new TimerInfo(), CancellationToken.None);

        var mails = await host.Smtp.WaitForAsync(2);
        Assert.Equal(2, mails.Count);
        var admin = Assert.Single(mails, m => m.To.Mailboxes.Any(b => b.Address == FunctionsTestHost.Admin));
        var east = Assert.Single(mails, m => m.To.Mailboxes.Any(b => b.Address == "east@example.gov.cn"));
        Assert.Contains("2 个站点", admin.Subject, StringComparison.Ordinal);
        Assert.Contains("1 个站点", east.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("west", east.TextBody, StringComparison.Ordinal);
        Assert.Contains("尚无巡检记录", east.TextBody, StringComparison.Ordinal);
    }

    private static Finding Finding(string ruleId, Severity severity, string page, string message) => new()
    {
        RuleId = ruleId,
        Severity = severity,
        SiteId = "sample-gov",
        PageUrl = page,
        Message = message,
        Fingerprint = FindingFingerprint.Compute(ruleId, "sample-gov", page, null),
    };
}
