using Azure.Data.Tables;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.Functions.Middleware;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.SampleSite.Generated;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>Failures: the middleware records and alerts and rethrows; the poison queue alerts; storms become one mail.</summary>
public sealed class InspectionFailureTests
{
    [Fact]
    public async Task A_failing_inspection_lands_in_the_run_record_is_retried_and_sends_one_alert()
    {
        await using var site = await GeneratedSiteServer.StartAsync(pages: 3, linksPerPage: 2, seed: 7);
        await using var host = await FunctionsTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Inspection:Sites:0:Id"] = "flaky-gov",
                ["Inspection:Sites:0:Name"] = "某某市人民政府",
                ["Inspection:Sites:0:StartUrls:0"] = site.StartUrl.AbsoluteUri,
            },
            before: services => services.AddSingleton<IFindingStore>(sp => new MergeFailingStore(new TableFindingStore(
                sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<IOptions<StorageOptions>>()))));
        await host.Create<InspectionFanOutFunction>().RunAsync(new TimerInfo(), CancellationToken.None);
        var queued = Assert.Single(await host.ReceiveAllAsync(QueueNames.Inspections));
        var message = InspectionMessage.Parse(queued.Body.ToString());
        var function = host.Create<InspectSiteFunction>();
        var middleware = new InspectionFailureMiddleware();

        // Every attempt the host would make before the poison queue: each fails, is recorded, and is rethrown.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            // The literal names the queue trigger puts in the binding data, not the middleware's own constants.
            var context = TestFunctionContext.Create(InspectSiteFunction.Name, host.Services, new Dictionary<string, object?>
            {
                ["QueueTrigger"] = queued.Body.ToString(),
                ["Id"] = queued.MessageId,
                ["DequeueCount"] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
                () => middleware.Invoke(context, _ => function.RunAsync(queued, CancellationToken.None)));
            Assert.Equal(MergeFailingStore.Error, thrown.Message);
            host.Time.Advance(TimeSpan.FromMinutes(1)); // the queue's visibility timeout between attempts
        }

        // One run id, one run record: each attempt replaces it and adds to its attempt history.
        var run = Assert.Single(await host.Store.GetRecentRunsAsync("flaky-gov", 10, CancellationToken.None));
        Assert.Equal(message.RunId, run.RunId);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(5, run.Errors.Count);
        Assert.All(run.Errors, error => Assert.Contains(MergeFailingStore.Error, error, StringComparison.Ordinal));
        Assert.StartsWith("第 1 次执行：", run.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("巡检执行出错：", run.Errors[^1], StringComparison.Ordinal);
        var ledger = await host.Get<InspectionLedger>().GetAsync("flaky-gov", message.RunId, CancellationToken.None);
        Assert.Equal(LedgerState.Failed, ledger?.State);
        Assert.Equal(5, ledger?.Attempts);

        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Contains("巡检执行失败", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("某某市人民政府（flaky-gov）", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("本时段内共 5 次", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("错误：运行中出现异常（程序内部状态错误），技术细节已记入运行记录和日志", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MergeFailingStore.Error, mail.TextBody, StringComparison.Ordinal); // staff never read the exception

        // Failing again an hour later is within the repeat window: no second mail.
        host.Time.Advance(TimeSpan.FromHours(1));
        var again = TestFunctionContext.Create(InspectSiteFunction.Name, host.Services, new Dictionary<string, object?>
        {
            ["QueueTrigger"] = queued.Body.ToString(),
            ["Id"] = queued.MessageId,
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.Invoke(again, _ => function.RunAsync(queued, CancellationToken.None)));
        Assert.Equal(0, await host.DispatchAlertsAsync());
        Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task A_burst_of_failures_across_sites_is_one_mail_and_one_scheduled_dispatch()
    {
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?> { ["Alerts:BurstWindow"] = "00:01:00" });
        var recorder = host.Get<InspectionFailureRecorder>();
        var sites = Enumerable.Range(1, 12).Select(i => $"county-{i:00}").ToList();

        await Task.WhenAll(sites.Select(id =>
            recorder.RecordAttemptFailedAsync(new InspectionMessage(id, "sched-20260310T000000Z"), "m-" + id, new TimeoutException($"{id} timed out"), 1, CancellationToken.None)));

        var dispatches = await host.ReceiveAllAsync(QueueNames.AlertDispatch);
        Assert.Empty(dispatches); // hidden for the burst window
        var hidden = await host.Queue(QueueNames.AlertDispatch).GetPropertiesAsync();
        Assert.Equal(1, hidden.Value.ApproximateMessagesCount);

        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Contains("12 条告警", mail.Subject, StringComparison.Ordinal);
        Assert.All(sites, id => Assert.Contains(id, mail.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain("timed out", mail.TextBody, StringComparison.Ordinal); // the exception stays in the run records
        Assert.Equal(0, await host.DispatchAlertsAsync()); // nothing left pending
    }

    [Fact]
    public async Task A_poisoned_message_records_the_run_as_failed_and_alerts()
    {
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = "sample-gov",
            ["Inspection:Sites:0:Name"] = "某某县人民政府",
            ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
        });
        await host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<Engine.Configuration.SitesOptions>>().Value.Sites, host.Time.Now, CancellationToken.None);
        var message = new InspectionMessage("sample-gov", "sched-20260310T000000Z");

        await host.Create<InspectionPoisonFunction>().RunAsync(FunctionsTestHost.Message(message, dequeueCount: 1), CancellationToken.None);

        var run = Assert.Single(await host.Store.GetRecentRunsAsync("sample-gov", 5, CancellationToken.None));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains(QueueNames.InspectionsPoison, Assert.Single(run.Errors), StringComparison.Ordinal);
        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Contains(AlertKind.PoisonMessage.ToChinese(), mail.Subject, StringComparison.Ordinal);
        Assert.Contains("某某县人民政府（sample-gov）", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_middleware_lets_other_functions_fail_untouched_and_successes_pass()
    {
        await using var host = await FunctionsTestHost.StartAsync();
        var middleware = new InspectionFailureMiddleware();
        var calls = 0;

        await middleware.Invoke(TestFunctionContext.Create(InspectSiteFunction.Name, host.Services), _ => { calls++; return Task.CompletedTask; });
        var error = new InvalidOperationException("digest broke");
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
            () => middleware.Invoke(TestFunctionContext.Create("DailyDigest", host.Services), _ => throw error));

        Assert.Equal(1, calls);
        Assert.Same(error, thrown);
        Assert.Equal(0, await host.DispatchAlertsAsync());
    }
}
