using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>
/// Every partial sample (shared/samples/annual-reports/README.md): format, sections, the rows the copy shows with
/// their values, and that rows beyond the cut are absent (not found is not zero).
/// </summary>
public sealed class PartialSampleReadingTests
{
    private static AnnualReport Read(string file) => AnnualReportReader.Read(ReportSamples.Text(file), file);

    private static void AssertZeroRow(Table3 table, string key)
    {
        var row = Assert.IsType<Table3Row>(table.Row(key));
        Assert.True(row.IsResolved, key);
        Assert.All(row.Values, v => Assert.Equal(0m, v.Number));
    }

    private static void AssertTable2Values(Table2 table, string row, params decimal[] values) =>
        Assert.Equal(values, table.Row(row)!.Cells.Select(c => c.Value.Number ?? -1));

    [Fact]
    public void Lizhou_hexi_trial_table2_and_rows_one_two_then_cut()
    {
        var report = Read("2019-lizhou-hexi.txt");
        Assert.True(report.DeclaredPartial);
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        Assert.Equal([1, 2, 3], report.Sections.Select(s => s.Ordinal));
        Assert.Equal(2019, report.Year);
        var table2 = report.Table2!;
        AssertTable2Values(table2, Table2Layout.NormativeDocs2019, 2, 1, 1);
        Assert.Equal(Table2Layout.NewlyMade, table2.Row(Table2Layout.NormativeDocs2019)!.Cells[0].Key);
        AssertTable2Values(table2, Table2Layout.Procurement, 0, 0);
        Assert.Equal(8, table2.Rows.Count);

        var table3 = report.Table3!;
        AssertZeroRow(table3, "一");
        AssertZeroRow(table3, "二");
        Assert.Equal(2, table3.Rows.Count);
        Assert.Null(table3.Row("三(一)"));
        Assert.Null(table3.Row("四"));
        Assert.Null(report.Table4);
        Assert.Null(report.Period);
    }

    [Fact]
    public void Longquan_xijie_bare_first_heading_title_from_two_lines()
    {
        var report = Read("2019-longquan-xijie.txt");
        Assert.Equal(ReportFormat.Unknown, report.Format);
        var section = Assert.Single(report.Sections);
        Assert.Equal(1, section.Ordinal);
        Assert.False(section.HasAnchor);
        Assert.Equal("2019年西街街道政府信息公开工作年度报告", report.Title);
        Assert.Equal("西街街道", report.Organ);
        Assert.Equal(new DateOnly(2019, 12, 31), report.Period!.End);
        Assert.Contains("等6个部分", report.Preamble, StringComparison.Ordinal);
        Assert.Null(report.Table2);
        Assert.Null(report.Table3);
        Assert.Null(report.Table4);
    }

    [Fact]
    public void Xiaogan_yjs_title_split_over_two_lines_and_table2_cut()
    {
        var report = Read("2019-xiaogan-yjs.txt");
        Assert.Equal("市政府研究室2019年政府信息公开工作年度报告", report.Title);
        Assert.Equal("市政府研究室", report.Organ);
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        Assert.Equal([1, 2], report.Sections.Select(s => s.Ordinal));
        var table2 = report.Table2!;
        Assert.Equal(
            [Table2Layout.Regulations, Table2Layout.NormativeDocs2019, Table2Layout.Licensing, Table2Layout.OtherServices, Table2Layout.Penalty, Table2Layout.Enforcement],
            table2.Rows.Values.OrderBy(r => r.Line).Select(r => r.Key));
        Assert.All(table2.Rows.Values, r => Assert.All(r.Cells, c => Assert.Equal(0m, c.Value.Number)));
        Assert.Null(table2.Row(Table2Layout.Fees));
        Assert.Null(report.Table3);
    }

    [Fact]
    public void Xiongxian_township_labels_without_values_read_as_unfilled_tables()
    {
        var report = Read("2019-xiongxian-township.txt");
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        Assert.Contains("本年新制作数量", report.FormatSignals);
        Assert.Equal([1, 2, 3, 4, 5], report.Sections.Select(s => s.Ordinal));
        Assert.False(report.Section(5)!.HasAnchor);

        var table3 = report.Table3!;
        Assert.Equal(Table3Layout.Rows(ReportFormat.Trial2019).Order(), table3.Rows.Keys.Order());
        Assert.All(table3.Rows.Values, r => Assert.All(r.Values, v => Assert.Equal(CellKind.Blank, v.Kind)));

        var table4 = report.Table4!;
        Assert.Equal(15, table4.Values.Count);
        Assert.All(table4.Values, v => Assert.Equal(CellKind.Blank, v.Kind));

        // The single value of the whole report: a "0" after 规章.
        var numbers = report.Table2!.Rows.Values.SelectMany(r => r.Cells).Where(c => c.Value.Kind == CellKind.Number).ToList();
        var only = Assert.Single(numbers);
        Assert.Equal(0m, only.Value.Number);
        Assert.Equal(8, report.Table2.Rows.Count);
    }

    [Fact]
    public void Weishan_liangcheng_heading_variant_and_row_cut_at_label()
    {
        var report = Read("2020-weishan-liangcheng.txt");
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        Assert.False(report.Section(1)!.HasAnchor);
        Assert.Equal("一、工作基本情况", report.Section(1)!.Heading);
        Assert.Equal([1, 2, 3], report.Sections.Select(s => s.Ordinal));
        AssertTable2Values(report.Table2!, Table2Layout.Procurement, 0, 0);
        AssertTable2Values(report.Table2!, Table2Layout.Fees, 0, 0);
        var table3 = report.Table3!;
        AssertZeroRow(table3, "一");
        AssertZeroRow(table3, "二");

        // "三、本年度办理结果 | (一)予以公开 |" ends the copy: the row is not available.
        Assert.Null(table3.Row("三(一)"));
        Assert.Equal(2, table3.Rows.Count);
    }

    [Fact]
    public void Tianmen_tuoshi_instruction_text_in_labels_and_extra_row()
    {
        var report = Read("2020-tianmen-tuoshi.txt");
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        Assert.Equal("拖市镇2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("拖市镇", report.Organ);
        Assert.Equal(2, report.Section(2)!.Ordinal);
        var table2 = report.Table2!;
        AssertTable2Values(table2, Table2Layout.NormativeDocs2019, 34, 4, 47);
        Assert.StartsWith("规范性文件(行政机关制定发布的", table2.Row(Table2Layout.NormativeDocs2019)!.Label, StringComparison.Ordinal);
        AssertTable2Values(table2, Table2Layout.Regulations, 0, 0, 0);
        var extra = Assert.Single(table2.ExtraRows);
        Assert.Equal("其他主动公开文件", extra.Key);
        Assert.Equal([0m, 0m, 0m], extra.Cells.Select(c => c.Value.Number ?? -1));
        Assert.Null(table2.Row(Table2Layout.Licensing));
    }

    [Fact]
    public void Zibo_zhongbu_garbled_period_end_and_blank_separated_cells()
    {
        var report = Read("2020-zibo-zhongbu.txt");
        Assert.Equal("中埠镇人民政府2020年政府信息公开工作年度报告", report.Title);
        Assert.Equal("中埠镇人民政府", report.Organ);
        var period = report.Period!;
        Assert.Contains("202020年12月31日", period.Raw, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 1), period.Start);
        Assert.Null(period.End);
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        Assert.Equal(6, report.Table2!.Rows.Count);
        Assert.Null(report.Table2.Row(Table2Layout.Fees));
    }

    [Fact]
    public void Shenji_pdf_page_row_four_and_table4_only()
    {
        var report = Read("2020-district-shenji-p9.txt");
        Assert.Equal([4, 5], report.Sections.Select(s => s.Ordinal));
        var table3 = report.Table3!;
        var row = Assert.Single(table3.Rows.Values);
        Assert.Equal("四", row.Key);
        AssertZeroRow(table3, "四");
        var table4 = report.Table4!;
        Assert.True(table4.IsComplete);
        Assert.All(table4.Values, v => Assert.Equal(0m, v.Number));
        Assert.Equal(20, table4.Line);

        // No table 二 and no (六) row: no layout signal on this page.
        Assert.Equal(ReportFormat.Unknown, report.Format);
        Assert.Equal(2020, report.Year);
    }

    [Fact]
    public void Xuanzhou_sfj_unparseable_period_is_found_without_dates()
    {
        var report = Read("2021-xuanzhou-sfj.txt");
        var period = report.Period!;
        Assert.Equal("统计期限自202111日起至20211231日止", period.Raw);
        Assert.Null(period.Start);
        Assert.Null(period.End);
        Assert.Equal("宣州区司法局2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal(2021, report.Year);
        Assert.Single(report.Sections);
        Assert.Null(report.Table2);
    }

    [Fact]
    public void Shanghai_period_end_year_omitted()
    {
        var report = Read("2022-shanghai-city.txt");
        Assert.Equal(new DateOnly(2022, 1, 1), report.Period!.Start);
        Assert.Equal(new DateOnly(2022, 12, 31), report.Period.End);
        Assert.Equal("2022年上海市政府信息公开工作年度报告", report.Title);
        Assert.Equal("上海市", report.Organ);
        Assert.Equal(ReportFormat.Unknown, report.Format);
        Assert.Single(report.Sections);
    }

    [Fact]
    public void Tongzi_county_sentence_is_not_a_title()
    {
        var report = Read("2022-tongzi-county.txt");
        Assert.Null(report.Title);
        Assert.Equal(2022, report.Year);
        Assert.Equal(new DateOnly(2022, 12, 31), report.Period!.End);
        Assert.Single(report.Sections);
        Assert.Contains("六个部分", report.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Zhanjiang_dfz_2021_layout_rows_to_the_cut()
    {
        var report = Read("2023-zhanjiang-dfz.txt");
        Assert.Equal(ReportFormat.Format2021, report.Format);
        Assert.Equal([1, 2, 3], report.Sections.Select(s => s.Ordinal));
        AssertTable2Values(report.Table2!, Table2Layout.Licensing, 0);
        var table3 = report.Table3!;
        AssertZeroRow(table3, "一");
        AssertZeroRow(table3, "二");
        AssertZeroRow(table3, "三(一)");
        Assert.Null(table3.Row("三(二)"));
        Assert.Equal(3, table3.Rows.Count);
    }

    [Fact]
    public void Gaoping_yuancun_and_qingyuan_yushang_have_no_tables()
    {
        var gaoping = Read("2024-gaoping-yuancun.txt");
        Assert.Equal("原村乡", gaoping.Organ);
        Assert.Equal(new DateOnly(2024, 1, 1), gaoping.Period!.Start);
        Assert.Single(gaoping.Sections);
        Assert.Null(gaoping.Table3);

        var qingyuan = Read("2024-qingyuan-yushang.txt");
        Assert.Null(qingyuan.Period);
        Assert.Equal([1, 2], qingyuan.Sections.Select(s => s.Ordinal));
        Assert.Equal(string.Empty, qingyuan.Preamble);
        Assert.Equal(ReportFormat.Unknown, qingyuan.Format);
        Assert.Null(qingyuan.Table2);
    }
}
