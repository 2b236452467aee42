using System.Globalization;
using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Http;
using ComplianceFns.TestSupport.Processes;
using ComplianceFns.TestSupport.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Cli.Tests.Process;

/// <summary>
/// SIGTERM (timeout, systemd, container stops) ends the CLI like Ctrl+C: the run is cancelled, what was found is
/// printed and recorded as a failed run, and the exit code is the one Ctrl+C gives.
/// </summary>
public sealed class TerminationTests
{
    private const int SlowPages = 12;

    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")] // what Ctrl+C sends: the reference behaviour
    public async Task A_signal_during_inspect_prints_the_findings_so_far_and_records_a_failed_run(string signal)
    {
        await using var site = await SlowSiteAsync();
        var siteId = "sig" + signal.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        using var cli = CliProcess.Start(
            "inspect", site.BaseUri.AbsoluteUri, "--storage", AzuriteStorage.ConnectionString, "--site-id", siteId,
            "--skip-typos", "--delay-ms", "0", "--retries", "0", "--timeout", "60");

        // The run is in progress: the broken link was checked, the slow pages are still being read.
        await WaitUntilAsync(() => site.Requests.Any(r => r.EndsWith(" /broken", StringComparison.Ordinal)) && site.Requests.Count(r => r.Contains("/slow/", StringComparison.Ordinal)) >= 2, cli);
        await Task.Delay(TimeSpan.FromSeconds(1));
        cli.Signal(signal);
        var (exit, _) = await cli.WaitAsync(KillAfter);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("链接失效（404）", cli.Output, StringComparison.Ordinal);
        Assert.Contains(site.Url("broken").AbsoluteUri, cli.Output, StringComparison.Ordinal);
        Assert.Contains("检查未完成，结果不完整", cli.Error, StringComparison.Ordinal);
        StorageFaultTests.AssertNoProgramInternals(cli.Output + cli.Error);

        var store = new TableFindingStore(AzuriteStorage.CreateTableServiceClient(), new StorageOptions());
        var run = Assert.Single(await store.GetRecentRunsAsync(siteId, 10, CancellationToken.None));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("cli", run.Trigger);
        Assert.Contains(run.Errors, e => e.Contains("检查被取消", StringComparison.Ordinal));
        Assert.Equal(0, run.ResolvedFindings);
        var finding = Assert.Single(await store.GetFindingsAsync(siteId, null, CancellationToken.None), f => f.RuleId == "link.http-404");
        Assert.Equal(site.Url("broken").AbsoluteUri, finding.TargetUrl);
    }

    [Fact]
    public async Task Serve_sample_stops_on_sigterm_as_on_ctrl_c()
    {
        using var cli = CliProcess.Start("serve-sample");
        await WaitUntilAsync(() => cli.Output.Contains("示例站点已启动", StringComparison.Ordinal), cli);

        cli.Signal("TERM");
        var (exit, _) = await cli.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Ok, exit);
    }

    /// <summary>A home page with one broken link and pages that answer only after a minute (or when the client leaves).</summary>
    private static Task<LoopbackHttpServer> SlowSiteAsync() => LoopbackHttpServer.StartAsync(app =>
    {
        app.MapGet("/", context =>
        {
            var links = string.Concat(Enumerable.Range(1, SlowPages).Select(i => string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"/slow/{i}\">栏目{i}</a></li>")));
            return LoopbackHttpServer.Html(context, $"<html><head><title>某某县人民政府</title></head><body><ul><li><a href=\"/broken\">失效链接</a></li>{links}</ul></body></html>");
        });
        app.MapGet("/broken", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.MapMethods("/slow/{n}", ["GET", "HEAD"], async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await LoopbackHttpServer.Html(context, "<html><body>内容</body></html>");
        });
        app.MapMethods("/broken", ["HEAD"], context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    });

    private static async Task WaitUntilAsync(Func<bool> condition, CliProcess cli)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The CLI did not get there within 60 s. stdout:\n{cli.Output}\nstderr:\n{cli.Error}");
            }

            await Task.Delay(100);
        }
    }
}
