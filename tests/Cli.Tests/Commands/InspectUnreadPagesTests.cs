using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Cli.Tests.Commands;

/// <summary>What the CLI says when pages could not be read: never "未发现问题", and which pages went unchecked.</summary>
public sealed class InspectUnreadPagesTests
{
    private static readonly string[] FastFlags = ["--timeout", "4", "--retries", "0", "--delay-ms", "0", "--skip-typos"];

    [Fact]
    public async Task A_start_page_answering_500_is_a_serious_finding_and_the_summary_says_nothing_was_inspected()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", () => Results.StatusCode(500)));

        var (exit, output, error) = await RunAsync(["inspect", site.BaseUri.AbsoluteUri, .. FastFlags]);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.DoesNotContain("未发现问题", output, StringComparison.Ordinal);
        Assert.Contains("【严重】首页无法访问（link.start-page-unreachable）", output, StringComparison.Ordinal);
        Assert.Contains("本次未能读取任何页面，站点内容没有经过检查", output, StringComparison.Ordinal);
        Assert.Contains($"未能读取的页面 1 个（其中的链接和文字未检查）：\n  - 起始页面 {site.BaseUri.AbsoluteUri} 无法访问：服务器返回 500（服务器内部错误）", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("未能读取任何页面", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_is_not_html_is_listed_in_the_summary_with_why()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/notice.html'>通知</a>"));
            app.MapGet("/notice.html", () => Results.Text("通知正文", "text/plain; charset=utf-8"));
        });

        var (exit, output, _) = await RunAsync(["inspect", site.BaseUri.AbsoluteUri, "--fail-on", "general", .. FastFlags]);

        Assert.Equal(ExitCodes.FindingsAtThreshold, exit);
        Assert.Contains("【一般】页面无法读取（link.unreadable-page）", output, StringComparison.Ordinal);
        Assert.Contains($"  - 页面 {site.Url("/notice.html").AbsoluteUri} 无法读取：服务器返回的不是网页（内容类型为 text/plain; charset=utf-8）", output, StringComparison.Ordinal);
        Assert.DoesNotContain("本次未能读取任何页面", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
