using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Tests.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Reports;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// A ledger row that cannot be read is named by row and column in Chinese, and then nothing is imported: the office
/// corrects the file and imports it again.
/// </summary>
public sealed class LedgerImportErrorTests : StoreTestBase
{
    private static readonly string[] Scopes = ["link.", "typo."];
    private static readonly DateTimeOffset Monday = LedgerRoundTripTests.Monday;
    private static readonly Finding Broken = LedgerRoundTripTests.Broken;
    private static readonly Finding External = LedgerRoundTripTests.External;
    private static readonly Finding Typo = LedgerRoundTripTests.OrganTypo;

    [Fact]
    public async Task Every_unreadable_row_is_named_by_row_and_column_and_nothing_is_imported()
    {
        var ledger = await PreparedLedgerAsync();
        using var editor = new LedgerEditor(ledger);
        var brokenRow = editor.RowNumber(Broken.PageUrl);
        var externalRow = editor.RowNumber(External.PageUrl);
        var typoRow = editor.RowNumber(Typo.PageUrl);
        editor.Type(Broken.PageUrl, "整改状态", "已完成")
            .Type(Broken.PageUrl, "整改时限", "下周一")
            .Type(Broken.PageUrl, "整改责任人", "李娜")
            .Type(External.PageUrl, "整改状态", "无需整改")
            .Type(Typo.PageUrl, "整改完成时间", "6月2日下午");

        var result = await ImportAsync(editor.SaveAsExcelWould("张伟"));

        Assert.False(result.Imported);
        Assert.Equal(
        [
            $"第 {typoRow} 行 N 列（整改完成时间）：“6月2日下午”不是日期或时间，请填写如 2025-06-09 或 2025-06-09 17:30 的北京时间",
            $"第 {brokenRow} 行 K 列（整改状态）：“已完成”不是可选的整改状态，请从下拉列表中选择未整改、整改中、已整改、无需整改之一",
            $"第 {brokenRow} 行 J 列（整改时限）：“下周一”不是日期，请填写如 2025-06-09 的日期",
            $"第 {externalRow} 行（问题描述：{Clip(External.Message)}）的整改状态为“无需整改”，须在 P 列（无需整改理由）写明理由",
        ], result.Errors);
        // Rows in the order the sheet shows them (the ledger lists 严重 first).
        Assert.Equal([2, 3, 4], new[] { typoRow, brokenRow, externalRow });
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task Rows_that_name_no_finding_of_this_store_are_reported()
    {
        var ledger = await PreparedLedgerAsync();
        using var editor = new LedgerEditor(ledger);
        var typoRow = editor.RowNumber(Typo.PageUrl);
        var externalRow = editor.RowNumber(External.PageUrl);
        var other = Broken with { SiteId = "another-site", Fingerprint = FindingFingerprint.Compute("link.", "another-site", "p", "t") };
        editor.Type(Broken.PageUrl, "整改责任人", "李娜")
            .Type(Typo.PageUrl, "问题标识", "已删除")
            .Type(External.PageUrl, "问题标识", LedgerKey.For(other))
            .DuplicateRow(Broken.PageUrl)
            .AddRow(new Dictionary<string, string> { ["问题描述"] = "首页轮播图链接失效", ["整改状态"] = "整改中" });

        var result = await ImportAsync(editor.SaveAsExcelWould("张伟"));

        Assert.False(result.Imported);
        Assert.Equal(4, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.StartsWith($"第 {typoRow} 行 R 列（问题标识）", StringComparison.Ordinal) && e.Contains("已被改动", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith($"第 {externalRow} 行", StringComparison.Ordinal) && e.Contains("在存储中不存在", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("第 5 行", StringComparison.Ordinal) && e.Contains("是同一个问题，请删除重复的行", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e == "第 6 行（问题描述：首页轮播图链接失效）没有“问题标识”，无法对应到问题；台账只能填写已有的行，新增的行请删除");
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_a_ledger_is_refused_in_chinese()
    {
        var notZip = Assert.Throws<LedgerFileException>(() => RectificationLedgerReader.Read(new MemoryStream("序号,站点\n1,某某县"u8.ToArray())));
        Assert.Contains("不是可读取的 Excel 工作簿（.xlsx）", notZip.Message, StringComparison.Ordinal);

        using var editor = new LedgerEditor(await PreparedLedgerAsync());
        var noKey = Assert.Throws<LedgerFileException>(() => RectificationLedgerReader.Read(new MemoryStream(editor.DeleteColumn("问题标识").SaveAsExcelWould(null))));
        Assert.Equal("工作表“整改台账”中找不到“问题标识”列（该列已隐藏，导入时据此对应问题，请勿删除），无法导入", noKey.Message);
    }

    [Fact]
    public async Task Blank_rows_and_a_ledger_typed_exactly_as_written_import_nothing_and_report_nothing()
    {
        using var editor = new LedgerEditor(await PreparedLedgerAsync());
        editor.AddRow(new Dictionary<string, string> { ["整改责任人"] = "  " });

        var result = await ImportAsync(editor.SaveAsExcelWould("张伟"));

        Assert.True(result.Imported, string.Join('\n', result.Errors));
        Assert.Equal((3, 0, 3), (result.Rows, result.Updated, result.Unchanged));
        Assert.Empty(result.Notices);
        await AssertNothingImportedAsync();
    }

    private async Task<byte[]> PreparedLedgerAsync()
    {
        await Store.MergeRunAsync(LedgerRoundTripTests.Site, "run-1", [Broken, External, Typo], Scopes, Monday, Ct);
        var data = await ReportDataLoader.LoadAsync(Store, LedgerRoundTripTests.Site, Monday.AddHours(1), Ct);
        using var stream = new MemoryStream();
        RectificationLedgerWriter.Write(data, stream);
        return stream.ToArray();
    }

    private async Task<LedgerImportResult> ImportAsync(byte[] ledger)
    {
        var sheet = RectificationLedgerReader.Read(new MemoryStream(ledger));
        return await RectificationLedgerImporter.ImportAsync(Store, sheet, "张伟", Monday.AddHours(2), new(), Ct);
    }

    private async Task AssertNothingImportedAsync() =>
        Assert.All(await Store.GetFindingsAsync(LedgerRoundTripTests.Site, null, Ct), f => Assert.Null(f.Rectification));

    private static string Clip(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
