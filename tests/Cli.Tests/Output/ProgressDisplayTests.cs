using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;

namespace ComplianceFns.Cli.Tests.Output;

/// <summary>
/// The progress on stderr keeps moving while a slow link holds the run up: it says what it waits on, and ends with the
/// run's true totals.
/// </summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public async Task A_slow_link_is_named_as_the_wait_and_the_last_line_has_the_true_totals()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", context => LoopbackHttpServer.Html(
                context, "<html><head><title>某某县人民政府</title></head><body><a href=\"/a\">甲</a> <a href=\"/b\">乙</a> <a href=\"/slow\">慢</a></body></html>"));
            app.MapGet("/a", context => LoopbackHttpServer.Html(context, "<html><body>甲</body></html>"));
            app.MapGet("/b", context => LoopbackHttpServer.Html(context, "<html><body>乙</body></html>"));
            app.MapGet("/slow", async context =>
            {
                await Task.Delay(TimeSpan.FromSeconds(6), context.RequestAborted);
                await LoopbackHttpServer.Html(context, "<html><body>慢</body></html>");
            });
        });
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(
            ["inspect", site.BaseUri.AbsoluteUri, "--skip-typos", "--max-depth", "0", "--delay-ms", "0", "--retries", "0", "--timeout", "20"],
            new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.Contains("等待 1 个慢速", StringComparison.Ordinal));
        var totals = Assert.Single(lines, l => l.StartsWith("进度：", StringComparison.Ordinal));
        Assert.Equal("进度：已完成，抓取页面 1 个，检查链接目标 3 个。", totals);
    }
}
