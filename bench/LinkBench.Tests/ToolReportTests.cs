using LinkBench;

namespace LinkBench.Tests;

public sealed class ToolReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("linkbench-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Our_jsonl_counts_link_failures_as_broken_and_the_rest_as_other_findings()
    {
        var run = Run(0, """
            {"rule":"link.http-404","page":"http://127.0.0.1:1/p/3.html","target":"http://127.0.0.1:1/p/missing-3.html"}
            {"rule":"link.broken-image","page":"http://127.0.0.1:1/","target":"http://127.0.0.1:1/img/x.png"}
            {"rule":"link.wrong-target","page":"http://127.0.0.1:1/","target":"http://127.0.0.1:1/p/2.html"}
            {"rule":"typo.common","page":"http://127.0.0.1:1/","target":""}

            """, "站点 x 检查完成：用时 2.1 秒，抓取页面 2000 个，检查链接 25740 处（不同目标 2060 个）。\n");

        var report = new ComplianceFnsTool("cli.dll").ReadReport(run);

        Assert.Equal(
            [new ReportedLink("http://127.0.0.1:1/p/3.html", "http://127.0.0.1:1/p/missing-3.html"), new ReportedLink("http://127.0.0.1:1/", "http://127.0.0.1:1/img/x.png")],
            report.BrokenLinks);
        Assert.Equal(2, report.OtherFindings);
        Assert.Equal(2060, report.DistinctUrlsChecked);
    }

    [Fact]
    public void Our_tool_failing_is_reported_with_its_stderr()
    {
        var run = Run(3, "", "错误：存储或网络操作失败");

        var error = Assert.Throws<ToolFailedException>(() => new ComplianceFnsTool("cli.dll").ReadReport(run));
        Assert.Contains("exited with 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("网络操作失败", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linkinator_json_with_broken_links_and_exit_1_is_a_report()
    {
        var run = Run(1, """
            {"passed": false, "links": [
              {"url": "http://127.0.0.1:1/", "status": 200, "state": "OK", "parent": null},
              {"url": "http://127.0.0.1:1/p/missing-3.html", "status": 404, "state": "BROKEN", "parent": "http://127.0.0.1:1/p/3.html"},
              {"url": "http://127.0.0.1:1/x", "status": 0, "state": "SKIPPED", "parent": "http://127.0.0.1:1/"}
            ]}
            """, "");

        var report = new LinkinatorTool("node", "cli.js").ReadReport(run);

        Assert.Equal([new ReportedLink("http://127.0.0.1:1/p/3.html", "http://127.0.0.1:1/p/missing-3.html")], report.BrokenLinks);
        Assert.Equal(3, report.DistinctUrlsChecked);
    }

    [Fact]
    public void Linkinator_exit_1_without_json_is_a_failure_not_an_empty_report()
    {
        var run = Run(1, "", "TypeError: Cannot read properties of undefined (reading 'bind')");

        var error = Assert.Throws<ToolFailedException>(() => new LinkinatorTool("node", "cli.js").ReadReport(run));
        Assert.Contains("TypeError", error.Message, StringComparison.Ordinal);
    }

    private ChildRun Run(int exitCode, string stdout, string stderr)
    {
        var prefix = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
        File.WriteAllText(prefix + ".stdout", stdout);
        File.WriteAllText(prefix + ".stderr", stderr);
        return new ChildRun(exitCode, TimeSpan.FromSeconds(1), 1, 1, TimeSpan.Zero, TimeSpan.Zero, "0.00", prefix + ".stdout", prefix + ".stderr");
    }
}
