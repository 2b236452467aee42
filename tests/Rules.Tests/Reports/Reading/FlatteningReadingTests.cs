using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>
/// The flattenings of docs/domain/annual-reports.md §7.1: the complete sample's tables re-flattened in each form must read to
/// the same values as the compact "a | b |" original.
/// </summary>
public sealed class FlatteningReadingTests
{
    public enum Flattening
    {
        TrailingBarPerCell,
        BlankSeparatedCells,
        MarkdownRows,
        WrappedCells,
        PdfSpacedValues,
        JoinedCells,
    }

    [Theory]
    [InlineData(Flattening.TrailingBarPerCell)]
    [InlineData(Flattening.BlankSeparatedCells)]
    [InlineData(Flattening.MarkdownRows)]
    [InlineData(Flattening.WrappedCells)]
    [InlineData(Flattening.PdfSpacedValues)]
    [InlineData(Flattening.JoinedCells)]
    public void Complete_sample_reads_the_same_in_every_flattening(Flattening flattening)
    {
        var text = Reflatten(ReportSamples.Text(CompleteSampleReadingTests.FileName), flattening);
        var report = AnnualReportReader.Read(text, CompleteSampleReadingTests.FileName);

        CompleteSampleReadingTests.AssertTable3(report);
        Assert.Equal(CompleteSampleReadingTests.Table4Values, report.Table4!.Values.Select(v => v.Number ?? -1));
        Assert.Equal(6616m, report.Table2!.Row(Table2Layout.Licensing)!.Cell(Table2Layout.Decisions)!.Number);
        Assert.Equal(6, report.Table2.Rows.Count);
        Assert.All(report.Table2.Rows.Values, r => Assert.All(r.Cells, c => Assert.Equal(CellKind.Number, c.Value.Kind)));
        Assert.Equal(ReportFormat.Format2021, report.Format);
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Sections.Select(s => s.Ordinal));
    }

    [Fact]
    public void A_label_wrapped_over_two_lines_is_one_row()
    {
        const string text = """
            三、收到和处理政府信息公开申请情况
            | 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
            | (二)部分公开(区分处理的,只计这一情形,
            不计其他情形) | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
            四、政府信息公开行政复议、行政诉讼情况
            """;
        var table = AnnualReportReader.Read(text, "x.txt").Table3!;
        var row = table.Row("三(二)")!;
        Assert.True(row.IsResolved);
        Assert.Equal(2m, row.Values[0].Number);
        Assert.Equal("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", row.Label);
    }

    [Fact]
    public void Pdf_table4_header_one_character_per_line_then_15_values()
    {
        const string text = """
            四、政府信息公开行政复议、行政诉讼情况
            2020 年,本机关未发生行政复议案件。
            行政复议 行政诉讼
            结 结 其 尚
            果 果 他 未 总
            维 纠 结 审 计
            持 正 果 结
            1 2 0 0 3 0 0 0 1 1 0 0 0 2 2
            五、存在的主要问题及改进情况
            """;
        var table = AnnualReportReader.Read(text, "x.txt").Table4!;
        Assert.Equal([1m, 2, 0, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 2, 2], table.Values.Select(v => v.Number ?? -1));
    }

    [Fact]
    public void Table4_with_fewer_values_keeps_what_was_read()
    {
        const string text = """
            四、政府信息公开行政复议、行政诉讼情况
            结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            4 | 2 | 0 | 0 | 6 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 |
            五、存在的主要问题及改进情况
            """;
        var table = AnnualReportReader.Read(text, "x.txt").Table4!;
        Assert.Equal(13, table.Values.Count);
        Assert.False(table.IsComplete);
        Assert.Null(table.Group(0));
    }

    [Fact]
    public void A_blank_last_cell_of_joined_rows_is_a_cell()
    {
        // Cells joined by " | " with the 总计 cell left empty: every row ends in "| ".
        const string text = """
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 1 | 
            二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 
            四、政府信息公开行政复议、行政诉讼情况
            结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
            1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 
            五、存在的主要问题及改进情况
            """;
        var report = AnnualReportReader.Read(text, "x.txt");

        var row = report.Table3!.Row("一")!;
        Assert.True(row.IsResolved);
        Assert.Equal([3m, 0, 0, 0, 0, 1], row.Values.Take(6).Select(v => v.Number ?? -1));
        Assert.Equal(CellKind.Blank, row.Values[Table3Layout.TotalColumn].Kind);
        Assert.True(report.Table3.Row("二")!.IsResolved);
        Assert.Equal(Table4.ValueCount, report.Table4!.Values.Count);
        Assert.Equal(CellKind.Blank, report.Table4.Values[^1].Kind);
    }

    [Fact]
    public void Merged_cell_debris_after_a_full_row_is_not_a_cell()
    {
        const string text = """
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 1 | 4 | ||
            四、政府信息公开行政复议、行政诉讼情况
            """;
        var row = AnnualReportReader.Read(text, "x.txt").Table3!.Row("一")!;
        Assert.True(row.IsResolved);
        Assert.Equal([3m, 0, 0, 0, 0, 1, 4], row.Values.Select(v => v.Number ?? -1));
    }

    [Fact]
    public void Lone_bar_lines_of_a_one_cell_per_line_copy_are_blank_cells()
    {
        // As samples/annual-reports/held-out-2/2022-erdao-fwzs prints table 三: "18 |" then one "|" per empty cell.
        var text = "三、收到和处理政府信息公开申请情况\n三、本年度办理结果 |\n(一)予以公开 |\n18 |\n" + string.Concat(Enumerable.Repeat("|\n", 7))
            + "(二)部分公开(区分处理的,只计这一情况,不计其他情形) |\n" + string.Concat(Enumerable.Repeat("|\n", 7)) + "四、政府信息公开行政复议、行政诉讼情况\n";

        var row = AnnualReportReader.Read(text, "x.txt").Table3!.Row("三(一)")!;

        Assert.True(row.IsResolved);
        Assert.Equal(18m, row.Values[0].Number);
        Assert.All(row.Values.Skip(1), v => Assert.Equal(CellKind.Blank, v.Kind));
    }

    /// <summary>Re-emits every "a | b |" line of the sample in another flattening; other lines stay as they are.</summary>
    private static string Reflatten(string text, Flattening flattening)
    {
        var output = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (!line.Contains('|'))
            {
                output.Add(line);
                continue;
            }

            var cells = line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            switch (flattening)
            {
                case Flattening.TrailingBarPerCell:
                    output.AddRange(cells.Select(c => c + " |"));
                    output.Add("|||");
                    break;
                case Flattening.BlankSeparatedCells:
                    foreach (var cell in cells)
                    {
                        output.Add(cell);
                        output.Add(string.Empty);
                    }

                    break;
                case Flattening.MarkdownRows:
                    output.Add("| " + string.Join(" | ", cells) + " |");
                    break;
                case Flattening.WrappedCells:
                    foreach (var cell in cells)
                    {
                        output.Add("|");
                        output.Add("    " + cell + "   |");
                    }

                    break;
                case Flattening.PdfSpacedValues:
                    output.Add(string.Join(' ', cells));
                    break;
                case Flattening.JoinedCells:
                    output.Add(string.Join(" | ", cells));
                    break;
            }
        }

        return string.Join('\n', output);
    }
}
