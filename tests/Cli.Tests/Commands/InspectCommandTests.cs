using System.Text.Json;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Cli.Tests.Commands;

public sealed class InspectCommandTests
{
    // One retry: the sample site answers 429 and 503 once on purpose, and those links are healthy.
    private static readonly string[] FastFlags = ["--timeout", "4", "--retries", "1", "--delay-ms", "0"];

    [Fact]
    public async Task Jsonl_has_one_object_per_finding_with_the_documented_fields()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var (exit, output, error) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--format", "jsonl", .. FastFlags]);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(server.ExpectedDefects().Count + server.ExpectedUnreadablePages().Count + SampleSiteManifest.ExpectedTypos.Count, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "rule", "severity", "page", "target", "text", "message", "evidence", "fingerprint" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"missing '{field}' in {line}");
            }

            var rule = root.GetProperty("rule").GetString()!;
            Assert.True(rule.StartsWith("link.", StringComparison.Ordinal) || rule.StartsWith("typo.", StringComparison.Ordinal), rule);
            Assert.Equal(JsonValueKind.Object, root.GetProperty("evidence").ValueKind);
        }

        Assert.Contains("检查完成", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_on_sets_the_exit_code_by_severity()
    {
        await using var server = await SampleSiteServer.StartAsync();

        var (warning, _, _) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--fail-on", "general", "--skip-typos", .. FastFlags]);
        var (linksOnly, _, _) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--fail-on", "serious", "--skip-typos", .. FastFlags]);
        var (withTypos, _, _) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--fail-on", "error", .. FastFlags]);

        Assert.Equal(ExitCodes.FindingsAtThreshold, warning);   // the sample's broken links are 一般
        Assert.Equal(ExitCodes.Ok, linksOnly);                  // none of them 严重
        Assert.Equal(ExitCodes.FindingsAtThreshold, withTypos); // its 四个自新 is a 严重 wording error
    }

    [Fact]
    public async Task Table_output_names_evidence_and_the_tls_problem_in_chinese()
    {
        await using var server = await SampleSiteServer.StartAsync();

        var (_, output, _) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--skip-typos", .. FastFlags]);

        Assert.Contains("依据：状态码：404", output, StringComparison.Ordinal);
        Assert.DoesNotContain("status=", output, StringComparison.Ordinal);

        // The sample's HTTPS listener serves a self-signed certificate for another name.
        var tls = output.Split('\n').Where(l => l.Contains("依据：", StringComparison.Ordinal) && l.Contains("证书", StringComparison.Ordinal)).ToList();
        Assert.Contains(tls, l => l.Contains("详情：证书与域名不符；证书链不受信任", StringComparison.Ordinal));
        Assert.DoesNotContain("certificate", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("HTTPS 加密连接失败（证书与域名不符", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_output_with_storage_prints_the_summary_and_history()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var storage = AzuriteStorage.ConnectionString;

        var (exit, output, _) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--storage", storage, "--site-id", "cli-" + Guid.NewGuid().ToString("N")[..8], .. FastFlags]);

        Assert.Equal(0, exit);
        Assert.Contains("【一般】链接失效（404）（link.http-404），共 ", output, StringComparison.Ordinal);
        Assert.Contains($"新发现 {server.ExpectedDefects().Count + server.ExpectedUnreadablePages().Count + SampleSiteManifest.ExpectedTypos.Count} 个", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspecting_twice_with_storage_gives_the_same_fingerprints()
    {
        await using var server = await SampleSiteServer.StartAsync();
        string[] args = ["inspect", server.StartUrl.AbsoluteUri, "--storage", AzuriteStorage.ConnectionString, "--site-id", "twice-" + Guid.NewGuid().ToString("N")[..8], "--format", "jsonl", .. FastFlags];

        var (_, first, _) = await RunAsync(args);
        var (exit, second, summary) = await RunAsync(args);

        Assert.Equal(0, exit);
        Assert.Equal(Fingerprints(first), Fingerprints(second));
        Assert.Contains($"新发现 0 个，仍未整改 {Fingerprints(first).Count} 个", summary, StringComparison.Ordinal);

        static List<string> Fingerprints(string jsonl) => jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("fingerprint").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public async Task Organ_options_add_the_annual_report_publication_findings()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var column = new Uri(server.BaseUri, SampleSiteManifest.AnnualReportColumnPath).AbsoluteUri;

        var (exit, output, _) = await RunAsync(
        [
            "inspect", server.StartUrl.AbsoluteUri, "--format", "jsonl", "--skip-typos", .. FastFlags,
            "--organ", SampleSiteManifest.AnnualReportOrganName, "--organ-level", "county", "--organ-kind", "government",
            "--annual-report-column", column, "--first-report-year", SampleSiteManifest.AnnualReportFirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);

        Assert.Equal(0, exit);
        var publication = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(f => f.GetProperty("rule").GetString()!.StartsWith("P-", StringComparison.Ordinal))
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Page: f.GetProperty("page").GetString()!, Message: f.GetProperty("message").GetString()!))
            .ToList();
        // inspect runs on today's clock: the manifest's cases hold on any later day (later years may add P-EXISTS).
        foreach (var expected in SampleSiteManifest.ExpectedPublicationFindings)
        {
            Assert.Contains(publication, f => f.Rule == expected.RuleId
                && new Uri(f.Page).AbsolutePath == expected.PagePath
                && f.Message.Contains(expected.MessageFragment, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Without_an_annual_report_column_no_publication_check_runs()
    {
        await using var server = await SampleSiteServer.StartAsync();

        var (exit, output, _) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--format", "jsonl", "--skip-typos", "--organ", SampleSiteManifest.AnnualReportOrganName, .. FastFlags]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"rule\":\"P-", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_store_still_prints_every_finding_then_says_the_store_was_not_written_with_exit_3()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var down = AzuriteStorage.DevelopmentConnectionString(tablePort: server.RefusedPort);

        var (exit, output, error) = await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--storage", down, "--skip-typos", .. FastFlags]);

        Assert.Equal(ExitCodes.Failure, exit);
        // The crawl ran: the planted 404 is listed with its page, and the summary counts it.
        Assert.Contains("链接失效（404）", output, StringComparison.Ordinal);
        Assert.Contains("发现问题 ", output, StringComparison.Ordinal);
        var last = error.TrimEnd().Split('\n')[^1];
        Assert.StartsWith($"错误：存储无法连接：http://127.0.0.1:{server.RefusedPort}/devstoreaccount1 拒绝连接", last, StringComparison.Ordinal);
        Assert.EndsWith("以上检查结果已全部列出，但未能写入存储。", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_page_that_cannot_be_read_exits_3_with_the_reason()
    {
        await using var server = await SampleSiteServer.StartAsync();

        var (exit, _, error) = await RunAsync(["inspect", $"http://127.0.0.1:{server.RefusedPort}/", .. FastFlags]);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("未能读取任何页面", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--storage", "foo" }, "--storage 的值不是可用的存储连接字符串")]
    [InlineData(new[] { "inspect" }, "inspect 需要至少一个起始网址")]
    [InlineData(new[] { "inspect", "ftp://example.gov.cn/" }, "不是完整的 http 或 https 网址")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--max-pages", "zero" }, "--max-pages 应为 1 到 1000000 之间的整数（收到“zero”）")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--format", "xml" }, "--format 只能取 table、jsonl 之一（收到“xml”）")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--bogus" }, "未知选项 --bogus；可用选项：--max-pages、")]
    [InlineData(new[] { "frobnicate" }, "未知命令 frobnicate；可用命令：inspect、")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--organ-level", "county" }, "--organ-level 用于年报发布检查，需同时给出 --annual-report-column 年报栏目地址")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--annual-report-column", "http://127.0.0.1/ndbg/", "--organ-level", "county", "--organ-kind", "government" }, "--annual-report-column 需要 --organ 机关全称")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--annual-report-column", "http://127.0.0.1/ndbg/", "--organ", "某某县人民政府" }, "需要 --organ-level 和 --organ-kind")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--annual-report-column", "ndbg/index.html", "--organ", "某某县人民政府" }, "--annual-report-column 的“ndbg/index.html”不是完整的 http 或 https 网址")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--annual-report-column", "http://127.0.0.1/ndbg/", "--organ", "某某县人民政府", "--organ-level", "city", "--organ-kind", "government" }, "--organ-level 只能取 township、county、prefecture、province、state-council 之一（收到“city”）")]
    public async Task Usage_errors_exit_2_with_a_message(string[] args, string message)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
