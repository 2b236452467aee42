using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Alerts;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.Rules.Findings;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Alerts;

/// <summary>The digest window with runs straddling the digest time, the day claim's lease, and digest failures.</summary>
public sealed class DigestWindowTests
{
    private static readonly DateTimeOffset DigestTime = new(2026, 3, 10, 0, 30, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> OneSite = new()
    {
        ["Inspection:Sites:0:Id"] = "sample-gov",
        ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
    };

    [Fact]
    public async Task Findings_of_a_run_still_going_at_digest_time_are_new_in_the_next_digest_exactly_once()
    {
        await using var host = await FunctionsTestHost.StartAsync(OneSite, now: DigestTime);
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, DigestTime, CancellationToken.None);
        var ledger = host.Get<InspectionLedger>();
        var runStart = DigestTime.AddMinutes(-10); // 08:20 Beijing, still running at the 08:30 digest
        await ledger.ClaimAsync("sample-gov", "sched-a", "m1", runStart, CancellationToken.None);
        // One finding already written when the digest runs, one written after it; both stamped with the run's start.
        await host.Store.MergeRunAsync("sample-gov", "sched-a", [Finding("a.html")], ["link."], runStart, CancellationToken.None);
        var digest = host.Create<DailyDigestFunction>();

        await digest.RunAsync(new TimerInfo(), CancellationToken.None);
        await host.Store.MergeRunAsync("sample-gov", "sched-a", [Finding("a.html"), Finding("b.html")], ["link."], runStart, CancellationToken.None);
        await ledger.CompleteAsync("sample-gov", "sched-a", DigestTime.AddMinutes(5), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(1));
        await digest.RunAsync(new TimerInfo(), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(1));
        await digest.RunAsync(new TimerInfo(), CancellationToken.None);

        var subjects = (await host.Smtp.WaitForAsync(3)).Select(m => m.Subject).ToList();
        Assert.Equal(3, subjects.Count);
        Assert.Contains("新增 0 条，未整改 1 条", subjects[0], StringComparison.Ordinal);
        Assert.Contains("新增 2 条，未整改 2 条", subjects[1], StringComparison.Ordinal);
        Assert.Contains("新增 0 条，未整改 2 条", subjects[2], StringComparison.Ordinal);
        Assert.Contains("统计时段：2026-03-09 08:30 至 2026-03-10 08:19", (await host.Smtp.WaitForAsync(3))[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_claimed_by_a_crashed_instance_is_sent_once_the_claim_lapses()
    {
        await using var host = await FunctionsTestHost.StartAsync(OneSite, now: DigestTime);
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, DigestTime, CancellationToken.None);
        // The instance claimed the day and died before sending or giving it back.
        Assert.True(await host.Get<AlertStateStore>().TryClaimOnceAsync("digest:2026-03-10", DigestTime, DigestService.ClaimLease, CancellationToken.None));
        var digest = host.Get<DigestService>();

        Assert.True((await digest.SendAsync(CancellationToken.None)).AlreadySent);
        host.Time.Advance(DigestService.ClaimLease + TimeSpan.FromMinutes(1)); // the timer's past-due run after a restart
        Assert.False((await digest.SendAsync(CancellationToken.None)).AlreadySent);
        host.Time.Advance(DigestService.ClaimLease + TimeSpan.FromMinutes(1));
        Assert.True((await digest.SendAsync(CancellationToken.None)).AlreadySent); // done is done, lease or not

        Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_failing_digest_gives_the_day_back_and_alerts()
    {
        var sender = new FailingDigestSender();
        await using var host = await FunctionsTestHost.StartAsync(OneSite, now: DigestTime, before: s => s.AddSingleton<IAlertSender>(sender));
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, DigestTime, CancellationToken.None);
        var digest = host.Get<DigestService>();

        await Assert.ThrowsAsync<IOException>(() => digest.SendAsync(CancellationToken.None));
        Assert.False((await digest.SendAsync(CancellationToken.None)).AlreadySent); // the timer's retry

        await host.DispatchAlertsAsync();
        Assert.Single(sender.Sent, m => m.Subject.Contains("每日汇总 2026-03-10", StringComparison.Ordinal));
        Assert.Single(sender.Sent, m => m.Subject.Contains(AlertKind.DigestFailed.ToChinese(), StringComparison.Ordinal));
    }

    private static Finding Finding(string page)
    {
        var url = "http://127.0.0.1:9/" + page;
        return new Finding
        {
            RuleId = "link.http-404",
            Severity = Severity.General,
            SiteId = "sample-gov",
            PageUrl = url,
            Message = $"页面 {url} 不存在（404）",
            Fingerprint = FindingFingerprint.Compute("link.http-404", "sample-gov", url, null),
        };
    }

    private sealed class FailingDigestSender : IAlertSender
    {
        private bool failed;

        public List<AlertMail> Sent { get; } = [];

        public Task<MailDelivery> SendAsync(AlertMail mail, CancellationToken ct)
        {
            if (!failed && mail.Subject.Contains("每日汇总", StringComparison.Ordinal))
            {
                failed = true;
                throw new IOException("smtp connection reset");
            }

            Sent.Add(mail);
            return Task.FromResult(MailDelivery.AllAccepted);
        }
    }
}
