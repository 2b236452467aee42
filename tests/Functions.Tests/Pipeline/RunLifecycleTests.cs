using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.SampleSite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>One run id, one run record; alerts survive a failure after persisting; a duplicate cannot reopen a claimed run.</summary>
public sealed class RunLifecycleTests
{
    private const string RunId = "sched-20260310T000000Z";

    [Fact]
    public async Task An_alert_step_that_fails_after_persisting_is_finished_by_the_retry_without_inspecting_again()
    {
        var queue = new FailFirstDispatchQueue();
        await using var site = await SampleSiteServer.StartAsync();
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = site.SiteId,
            ["Inspection:Sites:0:StartUrls:0"] = site.StartUrl.AbsoluteUri,
        }, before: s => s.AddSingleton<IAlertDispatchQueue>(queue));
        await Seed(host);
        var processor = host.Get<SiteInspectionProcessor>();
        var message = new InspectionMessage(site.SiteId, RunId);

        await Assert.ThrowsAsync<TimeoutException>(() => processor.ProcessAsync(message, "m1", CancellationToken.None));
        var ledger = host.Get<InspectionLedger>();
        Assert.NotEqual(LedgerState.Completed, (await ledger.GetAsync(site.SiteId, RunId, CancellationToken.None))?.State);
        var findings = await host.Store.GetFindingsAsync(site.SiteId, null, CancellationToken.None);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        var retry = await processor.ProcessAsync(message, "m1", CancellationToken.None);

        Assert.Equal(ClaimOutcome.Claimed, retry.Claim);
        Assert.Null(retry.Outcome); // not inspected again: the findings would no longer be new
        Assert.Equal(LedgerState.Completed, (await ledger.GetAsync(site.SiteId, RunId, CancellationToken.None))?.State);
        Assert.Equal(
            findings.Select(f => (f.Fingerprint, f.LastSeen)).Order(),
            (await host.Store.GetFindingsAsync(site.SiteId, null, CancellationToken.None)).Select(f => (f.Fingerprint, f.LastSeen)).Order());
        Assert.Equal(1, await host.DispatchAlertsAsync());
        Assert.Contains(AlertKind.SeriousWordingError.ToChinese(), Assert.Single(await host.Smtp.WaitForAsync(1)).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_recorded_after_the_run_completed_changes_nothing()
    {
        await using var host = await FunctionsTestHost.StartAsync(Unreachable);
        await Seed(host);
        var message = new InspectionMessage("sample-gov", RunId);
        await host.Get<SiteInspectionProcessor>().ProcessAsync(message, "m1", CancellationToken.None);

        await host.Get<InspectionFailureRecorder>().RecordAttemptFailedAsync(message, "m1", new TimeoutException("late"), 1, CancellationToken.None);

        Assert.Equal(LedgerState.Completed, (await host.Get<InspectionLedger>().GetAsync("sample-gov", RunId, CancellationToken.None))?.State);
        var run = Assert.Single(await host.Store.GetRecentRunsAsync("sample-gov", 5, CancellationToken.None));
        Assert.DoesNotContain(run.Errors, e => e.Contains("late", StringComparison.Ordinal));
        await host.DispatchAlertsAsync();
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Contains(AlertKind.SiteUnreachable.ToChinese(), mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(AlertKind.InspectionFailed.ToChinese(), mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_attempts_the_poison_queue_and_a_final_success_share_one_run_record()
    {
        await using var host = await FunctionsTestHost.StartAsync(Unreachable);
        await Seed(host);
        var recorder = host.Get<InspectionFailureRecorder>();
        var ledger = host.Get<InspectionLedger>();
        var message = new InspectionMessage("sample-gov", RunId);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await ledger.ClaimAsync("sample-gov", RunId, "m1", host.Time.GetUtcNow(), CancellationToken.None);
            await recorder.RecordAttemptFailedAsync(message, "m1", new TimeoutException($"attempt {attempt}"), attempt, CancellationToken.None);
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await recorder.RecordPoisonedAsync(message.ToJson(), CancellationToken.None);

        var run = Assert.Single(await host.Store.GetRecentRunsAsync("sample-gov", 20, CancellationToken.None));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(6, run.Errors.Count);
        Assert.Contains("attempt 4", run.Errors[3], StringComparison.Ordinal);
        Assert.Contains(QueueNames.InspectionsPoison, run.Errors[^1], StringComparison.Ordinal);

        // An admin re-drives the message: it succeeds and replaces the failed record.
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Get<SiteInspectionProcessor>().ProcessAsync(message, "m2", CancellationToken.None);
        run = Assert.Single(await host.Store.GetRecentRunsAsync("sample-gov", 20, CancellationToken.None));
        Assert.DoesNotContain(run.Errors, e => e.Contains("attempt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_duplicate_message_failing_does_not_reopen_a_run_another_worker_holds()
    {
        await using var host = await FunctionsTestHost.StartAsync(Unreachable);
        await Seed(host);
        var ledger = host.Get<InspectionLedger>();
        await ledger.ClaimAsync("sample-gov", RunId, "message-a", host.Time.GetUtcNow(), CancellationToken.None);

        await host.Get<InspectionFailureRecorder>().RecordAttemptFailedAsync(
            new InspectionMessage("sample-gov", RunId), "message-b", new TimeoutException("table busy"), 1, CancellationToken.None);

        var entry = await ledger.GetAsync("sample-gov", RunId, CancellationToken.None);
        Assert.Equal(LedgerState.Running, entry?.State);
        Assert.Equal("message-a", entry?.MessageId);
        Assert.Equal(ClaimOutcome.RunningElsewhere, await ledger.ClaimAsync("sample-gov", RunId, "message-c", host.Time.GetUtcNow(), CancellationToken.None));
        Assert.Empty(await host.Store.GetRecentRunsAsync("sample-gov", 5, CancellationToken.None));
        Assert.Equal(0, await host.DispatchAlertsAsync());

        // The holder's own failure is recorded, and a retry may claim it.
        await host.Get<InspectionFailureRecorder>().RecordAttemptFailedAsync(
            new InspectionMessage("sample-gov", RunId), "message-a", new TimeoutException("crawl broke"), 1, CancellationToken.None);
        Assert.Equal(LedgerState.Failed, (await ledger.GetAsync("sample-gov", RunId, CancellationToken.None))?.State);
        Assert.Equal(ClaimOutcome.Claimed, await ledger.ClaimAsync("sample-gov", RunId, "message-c", host.Time.GetUtcNow(), CancellationToken.None));
    }

    private static Dictionary<string, string?> Unreachable => new()
    {
        ["Inspection:Sites:0:Id"] = "sample-gov",
        ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
    };

    private static Task Seed(FunctionsTestHost host) =>
        host.Get<SiteRegistry>().SeedAsync(host.Get<IOptions<SitesOptions>>().Value.Sites, host.Time.Now, CancellationToken.None);

    private sealed class FailFirstDispatchQueue : IAlertDispatchQueue
    {
        private int calls;

        public Task ScheduleDispatchAsync(TimeSpan delay, CancellationToken ct) =>
            Interlocked.Increment(ref calls) == 1 ? throw new TimeoutException("queue unavailable") : Task.CompletedTask;
    }
}
