using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>Traditional-character mirrors and full-width digits (docs/domain/annual-reports.md §7.5, §7.6).</summary>
public sealed class NormalisationReadingTests
{
    // Vocabulary first (a mirror converts words, not only characters), then characters.
    private static readonly (string Simplified, string Traditional)[] MirrorWords = [("文件", "檔案"), ("信息", "資訊")];

    private const string MirrorCharacters =
        "开開 报報 经經 处處 请請 数數 况況 规規 范範 许許 强強 费費 额額 项項 决決 总總 计計 结結 转轉 务務 机機 关關 " +
        "构構 织織 组組 业業 会會 议議 诉訴 讼訟 复復 审審 维維 纠糾 国國 险險 稳穩 护護 权權 属屬 类類 内內 过過 执執 询詢 " +
        "没沒 现現 补補 确確 访訪 举舉 无無 当當 认認 获獲 缴繳 纳納 条條 发發 废廢 罚罰 单單 万萬 区區 办辦 态態 应應 对對 " +
        "实實 进進 为為 时時 间間 问問 题題 统統 设設 级級 监監 专專 书書 记記 员員 点點 众眾 视視 电電 编編 写寫 责責 负負 " +
        "导導 领領 长長 习習 学學 贯貫 彻徹 党黨 产產 运運 义義 优優 简簡 体體 动動 从從 来來 这這 个個 与與 称稱";

    private static string ToTraditional(string text)
    {
        foreach (var (simplified, traditional) in MirrorWords)
        {
            text = text.Replace(simplified, traditional, StringComparison.Ordinal);
        }

        var map = MirrorCharacters.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(p => p[0], p => p[1]);
        return string.Concat(text.Select(c => map.TryGetValue(c, out var t) ? t : c));
    }

    [Fact]
    public void Traditional_mirror_of_the_complete_sample_reads_the_same()
    {
        var original = ReportSamples.Text(CompleteSampleReadingTests.FileName);
        var mirror = ToTraditional(original);
        Assert.Contains("行政規範性檔案", mirror, StringComparison.Ordinal);
        Assert.Contains("收到和處理政府資訊公開申請情況", mirror, StringComparison.Ordinal);

        var report = AnnualReportReader.Read(mirror, CompleteSampleReadingTests.FileName);

        CompleteSampleReadingTests.AssertTable3(report);
        Assert.Equal(CompleteSampleReadingTests.Table4Values, report.Table4!.Values.Select(v => v.Number ?? -1));
        Assert.Equal(ReportFormat.Format2021, report.Format);
        Assert.NotNull(report.Table2!.Row(Table2Layout.NormativeDocs2021));
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Sections.Select(s => s.Ordinal));
        Assert.All(report.Sections, s => Assert.True(s.HasAnchor));
        Assert.Equal(new DateOnly(2021, 12, 31), report.Period!.End);

        // Lines and labels come back in simplified characters, so messages quote readable text.
        Assert.Equal("三、收到和处理政府信息公开申请情况", report.Section(3)!.Heading);
        Assert.Equal("行政规范性文件", report.Table2.Row(Table2Layout.NormativeDocs2021)!.Label);
    }

    [Fact]
    public void Full_width_digits_read_as_numbers_and_lines_show_half_width()
    {
        var original = ReportSamples.Text(CompleteSampleReadingTests.FileName);
        var fullWidth = string.Concat(original.Select(c => char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c));
        Assert.Contains("１７４", fullWidth, StringComparison.Ordinal);

        var report = AnnualReportReader.Read(fullWidth, CompleteSampleReadingTests.FileName);

        CompleteSampleReadingTests.AssertTable3(report);
        Assert.Equal(CompleteSampleReadingTests.Table4Values, report.Table4!.Values.Select(v => v.Number ?? -1));
        Assert.Equal(new DateOnly(2021, 1, 1), report.Period!.Start);
        Assert.Equal(2021, report.Year);
        Assert.Contains("共受理依申请公开政府信息174件", report.Section(1)!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_width_brackets_and_inner_spaces_in_labels_still_match()
    {
        const string text = """
            三、收到和处理政府信息公开申请情况
            （三）不予公开 | 1．属于 国家 秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            （七）总 计 | ３ | 0 | 0 | 0 | 0 | 0 | ３ |
            四、政府信息公开行政复议、行政诉讼情况
            """;
        var table = AnnualReportReader.Read(text, "x.txt").Table3!;
        Assert.NotNull(table.Row("三(三)1"));
        Assert.Equal(3m, table.Row("三(七)")!.Values[6].Number);
        Assert.Equal("（七）总 计", table.Row("三(七)")!.Label);
    }
}
