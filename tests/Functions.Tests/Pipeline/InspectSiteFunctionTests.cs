using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>The queue function on the loopback sample site, from the timer's message to findings, run record and alert mail.</summary>
public sealed class InspectSiteFunctionTests
{
    [Fact]
    public async Task A_message_inspects_the_site_once_and_a_repeat_changes_nothing()
    {
        await using var site = await SampleSiteServer.StartAsync();
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = site.SiteId,
            ["Inspection:Sites:0:Name"] = SampleSiteServer.SiteName,
            ["Inspection:Sites:0:StartUrls:0"] = site.StartUrl.AbsoluteUri,
            ["Inspection:Sites:0:AlertRecipients:0"] = "office@example.gov.cn",
        });
        await host.Create<InspectionFanOutFunction>().RunAsync(new TimerInfo(), CancellationToken.None);
        var queued = Assert.Single(await host.ReceiveAllAsync(QueueNames.Inspections));
        var message = InspectionMessage.Parse(queued.Body.ToString());
        var function = host.Create<InspectSiteFunction>();

        await function.RunAsync(queued, CancellationToken.None);

        var findings = await host.Store.GetFindingsAsync(site.SiteId, null, CancellationToken.None);
        var expected = site.ExpectedDefects().Concat(site.ExpectedUnreadablePages()).Select(d => d.RuleId)
            .Concat(SampleSiteManifest.ExpectedTypos.Select(t => t.RuleId)).ToList();
        Assert.Equal(expected.Count, findings.Count);
        var run = Assert.Single(await host.Store.GetRecentRunsAsync(site.SiteId, 5, CancellationToken.None));
        Assert.Equal(message.RunId, run.RunId);
        Assert.Equal("queue", run.Trigger);
        Assert.Equal(findings.Count, run.NewFindings);
        Assert.True(run.PagesCrawled > 0);
        Assert.Equal(LedgerState.Completed, (await host.Get<InspectionLedger>().GetAsync(site.SiteId, message.RunId, CancellationToken.None))?.State);

        // The same message again (a redelivery), and a duplicate enqueue under another message id.
        await function.RunAsync(queued, CancellationToken.None);
        await function.RunAsync(FunctionsTestHost.Message(message), CancellationToken.None);

        var after = await host.Store.GetFindingsAsync(site.SiteId, null, CancellationToken.None);
        Assert.Equal(
            findings.Select(f => (f.Fingerprint, f.LastSeen, f.Status)).Order(),
            after.Select(f => (f.Fingerprint, f.LastSeen, f.Status)).Order());
        Assert.Single(await host.Store.GetRecentRunsAsync(site.SiteId, 5, CancellationToken.None));

        // The new serious wording error (四个自新) is alerted: one mail to the admin and the site's own recipient.
        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Equal(["admin@example.gov.cn", "office@example.gov.cn"], mail.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains("发现严重表述错误", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"{SampleSiteServer.SiteName}（{site.SiteId}）", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("固定提法错误", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/tzgg/202401/t20240126_1001.html", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/tzgg/202401/t20240126_1001.html", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_site_is_recorded_as_failed_and_alerted()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = "down-gov",
            ["Inspection:Sites:0:Name"] = "停机县人民政府",
            ["Inspection:Sites:0:StartUrls:0"] = $"http://127.0.0.1:{port}/",
        });
        await host.Create<InspectionFanOutFunction>().RunAsync(new TimerInfo(), CancellationToken.None);
        var queued = Assert.Single(await host.ReceiveAllAsync(QueueNames.Inspections));

        await host.Create<InspectSiteFunction>().RunAsync(queued, CancellationToken.None);

        var run = Assert.Single(await host.Store.GetRecentRunsAsync("down-gov", 5, CancellationToken.None));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Contains("站点无法访问", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{port}/", mail.TextBody, StringComparison.Ordinal);
    }
}
