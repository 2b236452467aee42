using ComplianceFns.SampleSite;
using ComplianceFns.TestSupport.Http;
using ComplianceFns.TestSupport.Processes;
using ComplianceFns.TestSupport.Reports;
using ComplianceFns.TestSupport.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace ComplianceFns.Cli.Tests.Process;

/// <summary>
/// The CLI as a real process against a store that fails: a private Azurite frozen with SIGSTOP (connections accepted,
/// nothing answered) and a port nothing listens on. Every ending is bounded, exit 3, and told in Chinese.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper log)
{
    /// <summary>The default budget waits 3 × 10 s; the issue requires the command to end within 60 s.</summary>
    private static readonly TimeSpan Required = TimeSpan.FromSeconds(60);

    /// <summary>Past the requirement: a run that hangs is killed and reported, not waited for 410 s.</summary>
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_frozen_store_ends_inspect_and_check_report_within_60_s_with_exit_3_and_a_chinese_message()
    {
        await using var site = await SampleSiteServer.StartAsync();
        await using var azurite = await PrivateAzurite.StartAsync();
        var report = WriteSampleReport();
        try
        {
            azurite.Freeze();

            // Both commands at once against the one frozen store, to keep the test at about 30 s.
            var inspect = CliProcess.RunAsync(KillAfter, "inspect", site.StartUrl.AbsoluteUri, "--storage", azurite.ConnectionString);
            var checkReport = CliProcess.RunAsync(KillAfter, "check-report", report, "--storage", azurite.ConnectionString);
            foreach (var (exit, output, error, elapsed) in await Task.WhenAll(inspect, checkReport))
            {
                log.WriteLine($"frozen store: exit {exit} after {elapsed.TotalSeconds:0.0} s; stderr: {error.Trim()}");
                Assert.True(elapsed < Required, $"took {elapsed.TotalSeconds:0.0} s; stderr: {error}");
                Assert.Equal(ExitCodes.Failure, exit);
                Assert.Contains($"存储无响应：{azurite.TableEndpoint} 在 30 秒内没有应答", error, StringComparison.Ordinal);
                AssertNoProgramInternals(output + error);
            }
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task A_store_freezing_during_inspect_still_prints_every_finding_before_the_storage_error()
    {
        await using var azurite = await PrivateAzurite.StartAsync();
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", context => LoopbackHttpServer.Html(
                context, "<html><head><title>某某县人民政府</title></head><body><a href=\"/broken\">失效链接</a> <a href=\"/slow\">栏目</a></body></html>"));
            app.MapGet("/broken", context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
            app.MapGet("/slow", async context =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted);
                await LoopbackHttpServer.Html(context, "<html><body>内容</body></html>");
            });
        });
        using var cli = CliProcess.Start(
            "inspect", site.BaseUri.AbsoluteUri, "--storage", azurite.ConnectionString, "--skip-typos", "--delay-ms", "0", "--retries", "0");

        // The store was opened before the crawl; it stops answering while the slow page is read, before the merge.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!site.Requests.Any(r => r == "GET /slow") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        azurite.Freeze();
        var (exit, elapsed) = await cli.WaitAsync(KillAfter);
        log.WriteLine($"store frozen before the merge: exit {exit} after {elapsed.TotalSeconds:0.0} s");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.True(elapsed < Required, $"took {elapsed.TotalSeconds:0.0} s");
        Assert.Contains("链接失效（404）", cli.Output, StringComparison.Ordinal);
        Assert.Contains(site.Url("broken").AbsoluteUri, cli.Output, StringComparison.Ordinal);
        Assert.Contains($"存储无响应：{azurite.TableEndpoint} 在 30 秒内没有应答", cli.Error, StringComparison.Ordinal);
        AssertNoProgramInternals(cli.Output + cli.Error);
    }

    [Fact]
    public async Task A_refused_store_is_named_as_unreachable_after_every_finding_with_exit_3()
    {
        await using var site = await SampleSiteServer.StartAsync();
        var port = PrivateAzurite.FreePort();
        var refused = AzuriteStorage.DevelopmentConnectionString(PrivateAzurite.FreePort(), PrivateAzurite.FreePort(), port);
        var report = WriteSampleReport();
        try
        {
            var inspect = CliProcess.RunAsync(KillAfter, "inspect", site.StartUrl.AbsoluteUri, "--storage", refused);
            var checkReport = CliProcess.RunAsync(KillAfter, "check-report", report, "--storage", refused);
            foreach (var (exit, output, error, elapsed) in await Task.WhenAll(inspect, checkReport))
            {
                Assert.Equal(ExitCodes.Failure, exit);
                // The checks ran without the store: their findings come first, the store's failure last.
                Assert.Contains("【", output, StringComparison.Ordinal);
                var last = error.TrimEnd().Split('\n')[^1];
                Assert.StartsWith($"错误：存储无法连接：http://127.0.0.1:{port}/devstoreaccount1 拒绝连接", last, StringComparison.Ordinal);
                Assert.EndsWith("；以上检查结果已全部列出，但未能写入存储。", last, StringComparison.Ordinal);
                AssertNoProgramInternals(output + error);
                Assert.True(elapsed < Required, $"took {elapsed.TotalSeconds:0.0} s");
            }
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Verbose_adds_the_raw_exception_after_the_chinese_line()
    {
        var refused = AzuriteStorage.DevelopmentConnectionString(tablePort: PrivateAzurite.FreePort());

        var (exit, _, error, _) = await CliProcess.RunAsync(KillAfter, "inspect", "http://127.0.0.1:9/", "--storage", refused, "--verbose");

        Assert.Equal(ExitCodes.Failure, exit);
        var chinese = error.IndexOf("错误：存储无法连接：", StringComparison.Ordinal);
        Assert.True(chinese >= 0, error);
        Assert.Contains("Connection refused", error[chinese..], StringComparison.Ordinal);
    }

    private static string WriteSampleReport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"某某县人民政府2024年政府信息公开工作年度报告-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, SampleReport.Text);
        return path;
    }

    internal static void AssertNoProgramInternals(string text)
    {
        foreach (var english in new[] { "Exception", "Retry failed", "Azure.", "ClientOptions", "Connection refused", "   at " })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }
}
