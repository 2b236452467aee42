using ComplianceFns.Cli.Commands;
using ComplianceFns.Cli.Tests.Language;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Reports;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Cli.Tests.Commands;

/// <summary><c>report</c>, an office's edits to the ledger, <c>ledger import</c>, and <c>report</c> again, on Azurite.</summary>
public sealed class LedgerImportCommandTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-").FullName;
    private readonly string _site = "ledger-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _storage = AzuriteStorage.ConnectionString;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string BrokenPage => $"https://{_site}.example.gov.cn/zwgk/index.html";

    private string ExternalPage => $"https://{_site}.example.gov.cn/";

    [Fact]
    public async Task An_edited_ledger_is_imported_once_and_the_next_report_and_ledger_show_it()
    {
        var ledger = await ReportAsync();
        File.WriteAllBytes(ledger, Edit(File.ReadAllBytes(ledger), savedBy: "张伟", status: "整改中"));

        var (exit, output, error) = await RunAsync(["ledger", "import", ledger, "--storage", _storage]);
        var (againExit, again, _) = await RunAsync(["ledger", "import", ledger, "--storage", _storage, "--by", "李娜"]);

        Assert.True(exit == 0, error);
        Assert.Empty(error);
        Assert.Equal($"已导入整改台账：{ledger}（导入人：张伟）：共 2 行，更新 2 个问题，其余 0 个没有变化。\n此后用 report 命令生成的检查报告和整改台账将显示所填内容。\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(0, againExit);
        Assert.StartsWith($"已导入整改台账：{ledger}（导入人：李娜）：共 2 行，更新 0 个问题，其余 2 个没有变化。", again, StringComparison.Ordinal);

        var findings = (await Store().GetFindingsAsync(_site, null, CancellationToken.None)).ToDictionary(f => f.PageUrl);
        Assert.Equal(("李娜", "更新为新栏目地址", RectificationStatus.InProgress), (findings[BrokenPage].Rectification!.Assignee, findings[BrokenPage].Rectification!.Measure, findings[BrokenPage].CurrentStatus()));
        Assert.True(findings[ExternalPage].IsSuppressed());
        Assert.Equal("张伟", findings[ExternalPage].Rectification!.StatusSetBy);

        var next = await ReportAsync();
        var page = await File.ReadAllTextAsync(Path.Combine(_folder, ReportCommand.HtmlFileName));
        Assert.Contains("data-count=\"open-total\">1<", page, StringComparison.Ordinal);
        Assert.Contains("外部网站，非本单位维护", page, StringComparison.Ordinal);
        Assert.Contains("整改责任人：</span>李娜", page, StringComparison.Ordinal);
        var rows = Engine.Reporting.RectificationLedgerReader.Read(new MemoryStream(File.ReadAllBytes(next))).Rows.ToDictionary(r => r.Cell("页面地址")!.Text);
        Assert.Equal(["整改中", "李娜", "更新为新栏目地址"], new[] { "整改状态", "整改责任人", "整改措施" }.Select(h => rows[BrokenPage].Cell(h)!.Text));
        Assert.Equal(["无需整改", "外部网站，非本单位维护"], new[] { "整改状态", "无需整改理由" }.Select(h => rows[ExternalPage].Cell(h)!.Text));
    }

    [Fact]
    public async Task Rows_that_cannot_be_read_are_named_by_file_row_and_column_in_chinese_and_nothing_is_imported()
    {
        var ledger = await ReportAsync();
        var edited = Edit(File.ReadAllBytes(ledger), savedBy: "张伟", status: "完成");
        File.WriteAllBytes(ledger, edited);
        var row = Engine.Reporting.RectificationLedgerReader.Read(new MemoryStream(edited)).Rows.Single(r => r.Cell("页面地址")!.Text == BrokenPage).RowNumber;

        var (exit, output, error) = await RunAsync(["ledger", "import", ledger, "--storage", _storage]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
        [
            $"错误：{ledger} 第 {row} 行 K 列（整改状态）：“完成”不是可选的整改状态，请从下拉列表中选择未整改、整改中、已整改、无需整改之一。",
            $"台账未导入：{ledger} 有 1 处需要改正，改正后请重新导入（已导入过的内容不会重复记录）。",
        ], lines);
        ChineseUsageTests.AssertNoEnglishErrorWords(error);
        Assert.All(await Store().GetFindingsAsync(_site, null, CancellationToken.None), f => Assert.Null(f.Rectification));
    }

    [Fact]
    public async Task A_file_that_is_not_a_ledger_and_a_ledger_without_its_saver_are_refused_in_chinese()
    {
        var text = Path.Combine(_folder, "台账.xlsx");
        await File.WriteAllTextAsync(text, "序号,站点\n");
        var (exit, _, error) = await RunAsync(["ledger", "import", text, "--storage", _storage]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"错误：{text}：不是可读取的 Excel 工作簿（.xlsx）；用 WPS 或旧版 Excel 保存的 .xls 文件请另存为 .xlsx 后再导入。", error.TrimEnd());

        var ledger = await ReportAsync();
        File.WriteAllBytes(ledger, Edit(File.ReadAllBytes(ledger), savedBy: null, status: "整改中"));
        (exit, _, error) = await RunAsync(["ledger", "import", ledger, "--storage", _storage]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("错误：无法确定导入人：台账文件没有记录最后修改者，请用 --by 写明导入人姓名。", error, StringComparison.Ordinal);
        ChineseUsageTests.AssertNoEnglishErrorWords(error);
    }

    [Fact]
    public async Task Report_takes_the_working_days_of_the_deadline()
    {
        var ledger = await ReportAsync("--deadline-days", "2,3,4");

        var sheet = Engine.Reporting.RectificationLedgerReader.Read(new MemoryStream(File.ReadAllBytes(ledger)));
        var deadline = sheet.Rows.Single(r => r.Cell("页面地址")!.Text == BrokenPage).Cell("整改时限")!.Number!.Value;

        // Monday 2025-06-02 + 3 working days (一般) = Thursday 2025-06-05.
        Assert.Equal(new DateTime(2025, 6, 5), DateTime.FromOADate(deadline));
    }

    private TableFindingStore Store() => new(AzuriteStorage.CreateTableServiceClient(), new StorageOptions());

    /// <summary>Stores two findings of the test's own site (once), runs <c>report</c> for it and returns the ledger's path.</summary>
    private async Task<string> ReportAsync(params string[] extra)
    {
        var store = Store();
        await store.EnsureReadyAsync(CancellationToken.None);
        if ((await store.GetFindingsAsync(_site, null, CancellationToken.None)).Count == 0)
        {
            Finding Link(string page, string target, string rule) => new()
            {
                RuleId = rule,
                Severity = Severity.General,
                SiteId = _site,
                PageUrl = page,
                TargetUrl = target,
                Text = "链接",
                Message = $"页面 {page} 中的链接（{target}）无法访问。",
                Fingerprint = FindingFingerprint.Compute("link.", _site, page, target),
            };

            await store.MergeRunAsync(_site, "run-1",
                [Link(BrokenPage, BrokenPage + "1.html", "link.http-404"), Link(ExternalPage, "http://other.example.org/", "link.timeout")],
                ["link."], Monday, CancellationToken.None);
        }

        var (exit, output, error) = await RunAsync(["report", "--storage", _storage, "--site", _site, "--out", _folder, .. extra]);
        Assert.True(exit == 0, error);
        var ledger = Path.Combine(_folder, ReportCommand.LedgerFileName);
        Assert.Contains($"整改台账：{ledger}", output, StringComparison.Ordinal);
        return ledger;
    }

    private byte[] Edit(byte[] ledger, string? savedBy, string status)
    {
        using var editor = new LedgerEditor(ledger);
        return editor.SortBy("页面地址", descending: false)
            .Type(BrokenPage, "整改状态", status)
            .Type(BrokenPage, "整改责任人", "李娜")
            .Type(BrokenPage, "整改措施", "更新为新栏目地址")
            .Type(ExternalPage, "整改状态", "无需整改")
            .Type(ExternalPage, "无需整改理由", "外部网站，非本单位维护")
            .SaveAsExcelWould(savedBy);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
