using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>The completeness measure that decides whether a new reading may replace a stored report.</summary>
public sealed class ReportCompletenessTests
{
    [Fact]
    public void Complete_sample_has_six_sections_and_three_tables()
    {
        var report = AnnualReportReader.Read(ReportSamples.Text("2021-tianjin-wuqing-zwfwb.txt"), "2021-tianjin-wuqing-zwfwb.txt");

        Assert.Equal(new ReportCompleteness(6, 3), report.Completeness);
        Assert.Equal("6部分、3张表", report.Completeness.ToChinese());
    }

    [Fact]
    public void Partial_copy_counts_only_what_it_shows()
    {
        var report = AnnualReportReader.Read(ReportSamples.Text("2019-lizhou-hexi.txt"), "2019-lizhou-hexi.txt");

        Assert.Equal(3, report.Completeness.Sections);
        Assert.False(report.Completeness.IsAtLeast(new ReportCompleteness(6, 3)));
        Assert.True(new ReportCompleteness(6, 3).IsAtLeast(report.Completeness));
    }

    [Fact]
    public void Near_empty_text_has_nothing()
    {
        var report = AnnualReportReader.Read("某某县人民政府2021年政府信息公开工作年度报告\n年报正在更新", "junk.html");

        Assert.Equal(new ReportCompleteness(0, 0), report.Completeness);
    }

    [Fact]
    public void A_repeated_section_heading_is_counted_once()
    {
        var report = AnnualReportReader.Read("一、总体情况\n正文。\n一、总体情况\n正文。", "twice.txt");

        Assert.Equal(1, report.Completeness.Sections);
    }

    [Theory]
    [InlineData(6, 3, 6, 3, true)]
    [InlineData(6, 3, 5, 3, true)]
    [InlineData(6, 2, 6, 3, false)]
    [InlineData(6, 1, 5, 3, false)]
    [InlineData(5, 3, 6, 1, false)]
    public void At_least_as_complete_needs_as_many_sections_and_as_many_tables(int sections, int tables, int otherSections, int otherTables, bool expected) =>
        Assert.Equal(expected, new ReportCompleteness(sections, tables).IsAtLeast(new ReportCompleteness(otherSections, otherTables)));
}
