using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>Table 三 deviations: 总计 first (§7.9), dropped blank cells (§7.4), label typos (§7.6), 2019 (六) row.</summary>
public sealed class Table3LayoutReadingTests
{
    private static Table3 Read(string table, bool closed = true) =>
        AnnualReportReader.Read("三、收到和处理政府信息公开申请情况\n" + table + (closed ? "\n四、政府信息公开行政复议、行政诉讼情况" : string.Empty), "x.txt").Table3!;

    [Fact]
    public void Total_first_table_is_remapped_with_a_note()
    {
        var report = AnnualReportReader.Read(
            """
            三、收到和处理政府信息公开申请情况
            总计 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
            一、本年新收政府信息公开申请数量 | 5 | 3 | 2 | 0 | 0 | 0 | 0 |
            二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            四、政府信息公开行政复议、行政诉讼情况
            """,
            "x.txt");
        var table = report.Table3!;
        Assert.True(table.TotalFirstRemapped);
        Assert.Equal([3m, 2, 0, 0, 0, 0, 5], table.Row("一")!.Values.Select(v => v.Number ?? -1));
        Assert.Contains(report.Notes, n => n.Contains("总计", StringComparison.Ordinal));
    }

    [Fact]
    public void Usual_order_is_kept_when_rows_confirm_it()
    {
        var table = Read("一、本年新收政府信息公开申请数量 | 3 | 2 | 0 | 0 | 0 | 0 | 5 |");
        Assert.False(table.TotalFirstRemapped);
        Assert.Equal(5m, table.Row("一")!.Values[6].Number);
    }

    [Fact]
    public void Two_equal_values_go_to_natural_persons_and_total()
    {
        var table = Read("一、本年新收政府信息公开申请数量 | 3 | 3 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
        var row = table.Row("一")!;
        Assert.True(row.IsResolved);
        Assert.Equal(3m, row.Values[0].Number);
        Assert.Equal(3m, row.Values[6].Number);
        Assert.All(row.Values.Skip(1).Take(5), v => Assert.Equal(CellKind.Blank, v.Kind));
    }

    [Fact]
    public void Other_short_rows_are_found_but_not_placed()
    {
        var table = Read("一、本年新收政府信息公开申请数量 | 1 | 2 |\n二、上年结转政府信息公开申请数量 | 1 | 0 | 1 |");
        Assert.False(table.Row("一")!.IsResolved);
        Assert.Equal([1m, 2], table.Row("一")!.Values.Select(v => v.Number ?? -1));
        Assert.False(table.Row("二")!.IsResolved);
        Assert.Null(table.Cell("一", 0));
    }

    [Fact]
    public void Two_equal_values_cut_by_the_end_of_the_copy_are_not_guessed()
    {
        var table = Read("一、本年新收政府信息公开申请数量 | 3 | 3", closed: false);
        Assert.False(table.Row("一")!.IsResolved);
    }

    [Fact]
    public void A_label_typo_is_matched_to_its_row_and_kept_as_printed()
    {
        var table = Read("(三)不予公开 | 6.属于四类过成性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
        var row = table.Row("三(三)6")!;
        Assert.Equal("6.属于四类过成性信息", row.Label);
        Assert.Equal(1m, row.Values[0].Number);
        Assert.NotNull(table.Row("三(三)7"));
    }

    [Fact]
    public void Close_but_different_labels_are_not_confused()
    {
        // 予以公开 and 部分公开 differ by two characters: too far for a four-character label.
        var table = Read("(二)部分公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n(一)予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |");
        Assert.Equal(1m, table.Row("三(二)")!.Values[0].Number);
        Assert.Equal(2m, table.Row("三(一)")!.Values[0].Number);
    }

    [Fact]
    public void Trial_single_other_row_and_2021_sub_rows()
    {
        var trial = AnnualReportReader.Read(
            "三、收到和处理政府信息公开申请情况\n(六)其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n(七)总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n四、政府信息公开行政复议、行政诉讼情况",
            "x.txt");
        Assert.Equal(1m, trial.Table3!.Row("三(六)")!.Values[0].Number);
        Assert.Equal(ReportFormat.Trial2019, trial.Format);

        var current = Read("(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
        Assert.Null(current.Row("三(六)"));
        Assert.Equal(1m, current.Row("三(六)2")!.Values[0].Number);
        Assert.NotNull(current.Row("三(六)3"));
    }

    [Fact]
    public void Cells_keep_raw_text_and_kind()
    {
        var table = Read("一、本年新收政府信息公开申请数量 | 1,517 | / | — | 无 | 若干 | 0件 | -1 |");
        var values = table.Row("一")!.Values;
        Assert.Equal(1517m, values[0].Number);
        Assert.Equal("1,517", values[0].Raw);
        Assert.All(values.Skip(1).Take(3), v => Assert.Equal(CellKind.Blank, v.Kind));
        Assert.Equal(CellKind.Unreadable, values[4].Kind);
        Assert.Null(values[4].ArithmeticValue);
        Assert.Equal(0m, values[5].Number);
        Assert.Equal(-1m, values[6].Number);
    }

    [Fact]
    public void An_empty_cell_between_filled_ones_is_a_blank()
    {
        var values = Read("一、本年新收政府信息公开申请数量 | 2 |  | 0 | 0 | 0 | 0 | 2 |").Row("一")!.Values;
        Assert.Equal(7, values.Count);
        Assert.Equal(CellKind.Blank, values[1].Kind);
        Assert.Equal(0m, values[1].ArithmeticValue);
    }
}
