using System.Text.Json;
using ComplianceFns.Cli.Commands;
using ComplianceFns.SampleSite.AnnualReports;
using ComplianceFns.SampleSite.Manifest;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_reports_every_family_stores_them_inspects_again_and_writes_the_report_and_ledger()
    {
        var folder = Directory.CreateTempSubdirectory("demo-").FullName;
        try
        {
            var (exit, output, error) = await RunAsync(["demo", "--storage", AzuriteStorage.ConnectionString, "--format", "jsonl", "--out", folder]);

            Assert.Equal(0, exit);
            var baseUri = SampleBaseUri(error);
            // Report checks also write their 不可判定 checks as lines ("status": "undecidable"): not findings.
            var findings = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("\"status\":\"undecidable\"", StringComparison.Ordinal)).Select(DemoLine.Parse).ToList();

            // Links: exactly the planted defects, by rule and page (template links on the home page); the demo's
            // TLS listener and closed port are not printed, and only the rule and page are compared here.
            var expectedLinks = SampleSiteManifest.ExpectedDefects(baseUri, baseUri, 1).Concat(SampleSiteManifest.ExpectedUnreadablePages(baseUri))
                .Select(d => $"{d.RuleId} {d.PagePath}").Order(StringComparer.Ordinal);
            var actualLinks = findings.Where(f => f.Rule.StartsWith("link.", StringComparison.Ordinal)).Select(f => $"{f.Rule} {f.PagePath}").Order(StringComparer.Ordinal);
            Assert.Equal(expectedLinks, actualLinks);

            // Typos: the four planted ones, each once.
            var typos = findings.Where(f => f.Rule.StartsWith("typo.", StringComparison.Ordinal)).ToList();
            Assert.Equal(SampleSiteManifest.ExpectedTypos.Count, typos.Count);
            foreach (var expected in SampleSiteManifest.ExpectedTypos)
            {
                Assert.Contains(typos, f => f.Rule == expected.RuleId && f.Text == expected.Wrong
                    && (expected.PagePath == SampleSiteManifest.EveryPage || f.PagePath == expected.PagePath));
            }

            // Publication: on the sample's clock, exactly the manifest's four cases.
            var publication = findings.Where(f => f.Rule.StartsWith("P-", StringComparison.Ordinal)).ToList();
            Assert.Equal(SampleSiteManifest.ExpectedPublicationFindings.Count, publication.Count);
            foreach (var expected in SampleSiteManifest.ExpectedPublicationFindings)
            {
                Assert.Contains(publication, f => f.Rule == expected.RuleId && f.PagePath == expected.PagePath
                    && f.Message.Contains(expected.MessageFragment, StringComparison.Ordinal));
            }

            // The bundled annual report: exactly its planted reconciliation error, named by its file.
            var report = findings.Where(f => f.File == SampleAnnualReport.FileName).ToList();
            Assert.Equal(SampleAnnualReport.ExpectedFindings, report.Select(f => new ExpectedReportFinding(f.Rule, f.Message)));
            Assert.Equal(findings.Count, expectedLinks.Count() + typos.Count + publication.Count + report.Count);

            Assert.Contains(DemoCommand.ClockNote, error, StringComparison.Ordinal);
            Assert.Contains("已保存到存储（站点 sample-gov", error, StringComparison.Ordinal);
            // Earlier demos in the same Azurite may have left history; the second run's own summary is what matters.
            var marker = $"已修复“{DemoCommand.FixedBetweenRuns}”";
            Assert.Contains(marker, error, StringComparison.Ordinal);
            var second = error[error.IndexOf(marker, StringComparison.Ordinal)..];
            Assert.Contains("新发现 0 个", second, StringComparison.Ordinal);
            Assert.Contains("已整改 1 个", second, StringComparison.Ordinal);

            var html = Path.Combine(folder, ReportCommand.HtmlFileName);
            var ledger = Path.Combine(folder, ReportCommand.LedgerFileName);
            Assert.Contains($"检查报告：{html}", error, StringComparison.Ordinal);
            Assert.Contains($"整改台账：{ledger}", error, StringComparison.Ordinal);
            var page = await File.ReadAllTextAsync(html);
            Assert.Contains("T3-COL", page, StringComparison.Ordinal);

            // Every evidence key the real factories produced (links, typos, publication, report) has a Chinese name
            // on the report page: admins never see an internal key.
            var store = await InspectCommand.OpenStoreAsync(AzuriteStorage.ConnectionString, CancellationToken.None);
            var stored = await store.GetFindingsAsync("sample-gov", null, CancellationToken.None);
            var keys = stored.SelectMany(f => f.Evidence.Select(e => e.Key)).Distinct().ToList();
            Assert.Contains("expected", keys);
            Assert.Contains("deadline", keys);
            Assert.DoesNotContain(keys, key => !ComplianceFns.Engine.Reporting.HtmlReportLabels.HasEvidenceName(key));
            Assert.Contains("P-EXISTS", page, StringComparison.Ordinal);
            Assert.True(new FileInfo(ledger).Length > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_storage_the_demo_prints_site_and_report_findings_once_in_table_form()
    {
        var (exit, output, _) = await RunAsync(["demo"]);

        Assert.Equal(0, exit);
        Assert.StartsWith(DemoCommand.ClockNote, output, StringComparison.Ordinal);
        Assert.Contains("【严重】年报未发布（P-EXISTS），共 ", output, StringComparison.Ordinal);
        Assert.Contains("【严重】T3-COL " + SampleAnnualReport.ExpectedFindings[0].Message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("第二次检查", output, StringComparison.Ordinal);
        Assert.DoesNotContain("检查报告：", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_on_error_counts_the_reports_serious_findings_too()
    {
        var (exit, _, _) = await RunAsync(["demo", "--fail-on", "error"]);

        Assert.Equal(ExitCodes.FindingsAtThreshold, exit);
    }

    private static Uri SampleBaseUri(string error)
    {
        const string prefix = "示例站点：";
        var line = error.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return new Uri(line[prefix.Length..].Trim());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>One jsonl line of the demo: a site finding (page) or a report finding (file).</summary>
    private sealed record DemoLine(string Rule, string? PagePath, string? File, string? Text, string Message)
    {
        public static DemoLine Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Field(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var page = Field("page");
            return new DemoLine(
                Field("rule")!,
                page is not null && Uri.TryCreate(page, UriKind.Absolute, out var uri) ? uri.AbsolutePath : null,
                Field("file"),
                Field("text"),
                Field("message")!);
        }
    }
}
