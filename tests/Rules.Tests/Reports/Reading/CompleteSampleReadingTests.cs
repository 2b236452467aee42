using System.Diagnostics;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>The complete 2021 sample (docs/domain/annual-reports.md §8) read in full.</summary>
public sealed class CompleteSampleReadingTests
{
    internal const string FileName = "2021-tianjin-wuqing-zwfwb.txt";

    /// <summary>自然人 (= 总计) per row in layout order; the five 法人 columns are all 0 (README, §8).</summary>
    internal static readonly decimal[] Natural = [174, 0, 67, 0, 0, 0, 0, 2, 1, 2, 0, 2, 92, 1, 0, 0, 5, 0, 0, 0, 0, 0, 0, 172, 2];

    internal static readonly decimal[] Table4Values = [4, 2, 0, 0, 6, 0, 0, 0, 1, 1, 0, 0, 0, 4, 4];

    private static readonly AnnualReport Report = AnnualReportReader.Read(ReportSamples.Text(FileName), FileName);

    [Fact]
    public void Table3_has_all_25_rows_with_the_sample_values()
    {
        AssertTable3(Report);
    }

    internal static void AssertTable3(AnnualReport report)
    {
        var table = Assert.IsType<Table3>(report.Table3);
        var keys = Table3Layout.Rows(ReportFormat.Format2021);
        Assert.Equal(25, table.Rows.Count);
        for (var r = 0; r < keys.Count; r++)
        {
            var row = Assert.IsType<Table3Row>(table.Row(keys[r]));
            Assert.True(row.IsResolved, keys[r]);
            decimal[] expected = [Natural[r], 0, 0, 0, 0, 0, Natural[r]];
            Assert.Equal(expected, row.Values.Select(v => v.Number ?? -1));
            Assert.All(row.Values, v => Assert.Equal(CellKind.Number, v.Kind));
        }

        Assert.False(table.TotalFirstRemapped);
    }

    [Fact]
    public void Rows_keep_their_printed_labels_and_lines()
    {
        var table = Report.Table3!;
        Assert.Equal("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", table.Row("三(二)")!.Label);
        Assert.Equal("(一)予以公开", table.Row("三(一)")!.Label);
        Assert.Equal("3.其他", table.Row("三(六)3")!.Label);
        var first = table.Row("一")!;
        Assert.StartsWith("一、本年新收政府信息公开申请数量", Report.Lines[first.Line - 1], StringComparison.Ordinal);
        Assert.Equal(first.Line, first.Values[0].Line);
    }

    [Fact]
    public void Table4_has_the_15_values_in_order()
    {
        var table = Assert.IsType<Table4>(Report.Table4);
        Assert.True(table.IsComplete);
        Assert.Equal(Table4Values, table.Values.Select(v => v.Number ?? -1));
    }

    [Fact]
    public void Table2_has_the_2021_rows_and_columns()
    {
        var table = Assert.IsType<Table2>(Report.Table2);
        Assert.Equal(
            [Table2Layout.Regulations, Table2Layout.NormativeDocs2021, Table2Layout.Licensing, Table2Layout.Penalty, Table2Layout.Enforcement, Table2Layout.Fees],
            table.Rows.Keys.OrderBy(k => table.Rows[k].Line));
        Assert.Equal(6616m, table.Row(Table2Layout.Licensing)!.Cell(Table2Layout.Decisions)!.Number);
        Assert.Equal([Table2Layout.Issued, Table2Layout.Repealed, Table2Layout.InForce], table.Row(Table2Layout.Regulations)!.Cells.Select(c => c.Key));
        Assert.All(table.Row(Table2Layout.NormativeDocs2021)!.Cells, c => Assert.Equal(0m, c.Value.Number));
        Assert.Equal(0m, table.Row(Table2Layout.Fees)!.Cell(Table2Layout.FeeAmount)!.Number);
        Assert.Empty(table.ExtraRows);
    }

    [Fact]
    public void Six_sections_in_order_with_anchors()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], Report.Sections.Select(s => s.Ordinal));
        Assert.All(Report.Sections, s => Assert.True(s.HasAnchor));
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", Report.Section(4)!.Heading);
        Assert.Equal("无", Report.Section(6)!.Body);
        Assert.Contains("两起结果纠正", Report.Section(5)!.Body, StringComparison.Ordinal);
        Assert.StartsWith("根据《中华人民共和国政府信息公开条例》", Report.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_format_year_and_no_title()
    {
        var period = Assert.IsType<StatisticsPeriod>(Report.Period);
        Assert.Equal(new DateOnly(2021, 1, 1), period.Start);
        Assert.Equal(new DateOnly(2021, 12, 31), period.End);
        Assert.StartsWith("根据", Report.Lines[period.Line - 1], StringComparison.Ordinal);
        Assert.Equal(ReportFormat.Format2021, Report.Format);
        Assert.Contains("本年制发件数", Report.FormatSignals);
        Assert.Contains("本年收费金额", Report.FormatSignals);
        Assert.Equal(2021, Report.Year);

        // The text body has no title (§8: S-TITLE takes it from the page).
        Assert.Null(Report.Title);
        Assert.Null(Report.Organ);
        Assert.False(Report.DeclaredPartial);
        Assert.Empty(Report.Notes);
    }

    [Fact]
    public void Parses_well_under_10_ms()
    {
        var text = ReportSamples.Text(FileName);
        for (var i = 0; i < 20; i++)
        {
            AnnualReportReader.Read(text, FileName);
        }

        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            AnnualReportReader.Read(text, FileName);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Assert.True(times[times.Count / 2] < 10, $"median {times[times.Count / 2]:F2} ms");
    }
}
