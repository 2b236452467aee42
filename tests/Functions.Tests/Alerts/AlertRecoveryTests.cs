using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Alerts;
using ComplianceFns.Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Alerts;

/// <summary>Alerts are never stranded: failed schedules, lost dispatches, refused addresses and poisoned dispatches.</summary>
public sealed class AlertRecoveryTests
{
    [Fact]
    public async Task A_failed_schedule_closes_its_burst_so_the_next_alert_schedules_again()
    {
        var queue = new CountingDispatchQueue { FailFirst = 1 };
        await using var host = await FunctionsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Alerts:BurstWindow"] = "00:01:00" }, before: s => s.AddSingleton<IAlertDispatchQueue>(queue));
        var alerts = host.Get<AlertService>();

        await Assert.ThrowsAsync<TimeoutException>(() => alerts.RaiseAsync(Alert("failed:one"), CancellationToken.None));

        Assert.Equal(AlertRaiseResult.Scheduled, await alerts.RaiseAsync(Alert("failed:two"), CancellationToken.None));
        Assert.Equal(AlertRaiseResult.Folded, await alerts.RaiseAsync(Alert("poison:three"), CancellationToken.None));
        Assert.Equal(1, queue.Scheduled);
        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Contains("3 条告警", mail.Subject, StringComparison.Ordinal); // the first alert was kept pending, not lost
    }

    [Fact]
    public async Task A_burst_left_open_without_a_dispatch_is_taken_over_once_stale()
    {
        var queue = new CountingDispatchQueue();
        await using var host = await FunctionsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Alerts:BurstWindow"] = "00:01:00" }, before: s => s.AddSingleton<IAlertDispatchQueue>(queue));
        var alerts = host.Get<AlertService>();
        // An instance opened the burst and died before scheduling its dispatch.
        Assert.NotNull(await host.Get<AlertStateStore>().TryOpenBurstAsync(host.Time.GetUtcNow(), host.Time.GetUtcNow(), CancellationToken.None));

        Assert.Equal(AlertRaiseResult.Folded, await alerts.RaiseAsync(Alert("failed:one"), CancellationToken.None));
        host.Time.Advance(alerts.StaleAfter + TimeSpan.FromSeconds(1));
        Assert.Equal(AlertRaiseResult.Scheduled, await alerts.RaiseAsync(Alert("failed:two"), CancellationToken.None));
        Assert.Equal(1, queue.Scheduled);
    }

    [Fact]
    public async Task A_bad_or_refused_site_address_is_skipped_and_recorded_and_the_rest_is_mailed_once()
    {
        await using var host = await FunctionsTestHost.StartAsync(smtpRefuses: ["typo@example.gov.cn"]);
        var alerts = host.Get<AlertService>();
        await alerts.RaiseAsync(Alert("failed:fan-out"), CancellationToken.None);
        await alerts.RaiseAsync(Alert("failed:east") with { SiteId = "east", Recipients = ["office@", "typo@example.gov.cn", "east@example.gov.cn"] }, CancellationToken.None);

        Assert.Equal(2, await host.DispatchAlertsAsync());
        Assert.Equal(0, await host.DispatchAlertsAsync()); // everything was marked sent

        var mails = await host.Smtp.WaitForAsync(3, TimeSpan.FromSeconds(1));
        Assert.Equal(2, mails.Count);
        Assert.Single(mails, m => m.To.Mailboxes.Select(a => a.Address).SequenceEqual([FunctionsTestHost.Admin]));
        Assert.Single(mails, m => m.To.Mailboxes.Select(a => a.Address).Order().SequenceEqual(["east@example.gov.cn", "typo@example.gov.cn"]));
        var refused = await host.Get<AlertStateStore>().GetRefusedAsync(CancellationToken.None);
        Assert.Equal(["office@", "typo@example.gov.cn"], refused.Select(r => r.Address).Order(StringComparer.Ordinal));
        Assert.Contains("550", refused.Single(r => r.Address == "typo@example.gov.cn").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retried_dispatch_mails_only_the_audiences_it_missed()
    {
        var sender = new FailOnceForSender("east@example.gov.cn");
        await using var host = await FunctionsTestHost.StartAsync(before: s => s.AddSingleton<IAlertSender>(sender));
        var alerts = host.Get<AlertService>();
        await alerts.RaiseAsync(Alert("failed:fan-out"), CancellationToken.None);
        await alerts.RaiseAsync(Alert("failed:east") with { SiteId = "east", Recipients = ["east@example.gov.cn"] }, CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => alerts.DispatchAsync("dispatch-1", CancellationToken.None));
        await alerts.DispatchAsync("dispatch-1", CancellationToken.None); // the queue's retry of the same message

        Assert.Single(sender.Sent, m => m.To.Contains(FunctionsTestHost.Admin));
        Assert.Single(sender.Sent, m => m.To.Contains("east@example.gov.cn"));
        Assert.Equal(0, await host.DispatchAlertsAsync());
    }

    [Fact]
    public async Task A_poisoned_dispatch_is_scheduled_again()
    {
        var queue = new CountingDispatchQueue();
        await using var host = await FunctionsTestHost.StartAsync(before: s => s.AddSingleton<IAlertDispatchQueue>(queue));
        var poison = host.Create<AlertDispatchPoisonFunction>();
        await poison.RunAsync(FunctionsTestHost.Message("{}"), CancellationToken.None);
        Assert.Equal(0, queue.Scheduled); // nothing pending, nothing to retry

        await host.Get<AlertService>().RaiseAsync(Alert("failed:one"), CancellationToken.None);
        await poison.RunAsync(FunctionsTestHost.Message("{}"), CancellationToken.None);
        Assert.Equal(2, queue.Scheduled);
        Assert.Equal(AlertDispatchPoisonFunction.RetryDelay, queue.LastDelay);
    }

    [Fact]
    public async Task The_digest_mails_alerts_whose_dispatch_was_lost()
    {
        var queue = new CountingDispatchQueue(); // accepts and loses every dispatch
        await using var host = await FunctionsTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Alerts:BurstWindow"] = "00:01:00",
                ["Inspection:Sites:0:Id"] = "east",
                ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
            },
            before: s => s.AddSingleton<IAlertDispatchQueue>(queue));
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, host.Time.Now, CancellationToken.None);
        await host.Get<AlertService>().RaiseAsync(Alert("poison:east:run-1"), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(2));

        await host.Create<DailyDigestFunction>().RunAsync(new TimerInfo(), CancellationToken.None);

        var mails = await host.Smtp.WaitForAsync(2);
        Assert.Equal(2, mails.Count);
        Assert.Single(mails, m => (m.Subject ?? string.Empty).Contains("每日汇总", StringComparison.Ordinal));
        Assert.Single(mails, m => (m.Subject ?? string.Empty).Contains("巡检执行失败", StringComparison.Ordinal));
        Assert.Equal(0, await host.DispatchAlertsAsync());
    }

    private static Alert Alert(string key) => new()
    {
        Kind = AlertKind.InspectionFailed,
        Key = key,
        Summary = $"巡检（{key}）执行出错，系统将自动重试。",
        RaisedAt = DateTimeOffset.UtcNow,
    };

    private sealed class CountingDispatchQueue : IAlertDispatchQueue
    {
        private int calls;

        public int FailFirst { get; init; }

        public int Scheduled { get; private set; }

        public TimeSpan? LastDelay { get; private set; }

        public Task ScheduleDispatchAsync(TimeSpan delay, CancellationToken ct)
        {
            if (Interlocked.Increment(ref calls) <= FailFirst)
            {
                throw new TimeoutException("queue unavailable");
            }

            Scheduled++;
            LastDelay = delay;
            return Task.CompletedTask;
        }
    }

    private sealed class FailOnceForSender(string address) : IAlertSender
    {
        private bool failed;

        public List<AlertMail> Sent { get; } = [];

        public Task<MailDelivery> SendAsync(AlertMail mail, CancellationToken ct)
        {
            if (!failed && mail.To.Contains(address))
            {
                failed = true;
                throw new IOException("connection reset");
            }

            Sent.Add(mail);
            return Task.FromResult(MailDelivery.AllAccepted);
        }
    }
}
