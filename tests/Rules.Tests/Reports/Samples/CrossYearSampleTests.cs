using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>The cross-year rules (T3-CARRY-Y, N-YOY, T2-STOCK) on two texts: the complete sample and an edited 2020 copy of it.</summary>
public sealed class CrossYearSampleTests
{
    private const string File = CompleteSampleMutations.File;

    private static AnnualReport Read(string text, string source) => AnnualReportReader.Read(text, source);

    /// <summary>The sample as the organ's 2020 report, with the given edits.</summary>
    private static AnnualReport Previous(params (string Old, string New)[] edits)
    {
        var mutation = new TextMutation("previous", "the 2020 report", [("从2021年1月1日起至2021年12月31日止", "从2020年1月1日起至2020年12月31日止"), .. edits]);
        return Read(mutation.Apply(ReportSamples.Text(File)), "2020-tianjin-wuqing-zwfwb.txt");
    }

    private static ReportCheckOutcome Check(AnnualReport current, AnnualReport previous) => AnnualReportChecker.Default.Check(current, previous);

    [Fact]
    public void Matching_years_give_no_cross_year_issue()
    {
        var previous = Previous(("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"),
            ("四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |", "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"));
        var outcome = Check(Read(ReportSamples.Text(File), File), previous);

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId is "T3-CARRY-Y" or "N-YOY" or "T2-STOCK");
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId is "T3-CARRY-Y");
    }

    [Fact]
    public void Last_years_carry_out_differing_from_this_years_carry_in_is_T3_CARRY_Y()
    {
        var outcome = Check(Read(ReportSamples.Text(File), File), Previous());

        var issues = outcome.Issues.Where(i => i.RuleId == "T3-CARRY-Y").ToArray();
        Assert.Equal(["自然人", "总计"], issues.Select(i => i.Column));
        Assert.All(issues, i =>
        {
            Assert.Equal(Severity.Serious, i.Severity);
            Assert.Equal("表三", i.Table);
            Assert.Equal("二", i.Row);
            Assert.Equal("2", i.Expected);
            Assert.Equal("0", i.Actual);
        });
    }

    [Fact]
    public void A_stated_year_on_year_change_is_checked_against_last_years_applications()
    {
        var previous = Previous(("一、本年新收政府信息公开申请数量 | 174 | 0 | 0 | 0 | 0 | 0 | 174 |", "一、本年新收政府信息公开申请数量 | 150 | 0 | 0 | 0 | 0 | 0 | 150 |"));
        var current = new TextMutation("N-YOY", "申请量同比增长20%", ("受理渠道有当面", "申请量同比增长20%，受理渠道有当面")).Apply(ReportSamples.Text(File));

        var issue = Assert.Single(Check(Read(current, File), previous).Issues, i => i.RuleId == "N-YOY");

        // 150 → 174 is +16.0%: the right direction, the wrong size, so a hint.
        Assert.Equal(Severity.Hint, issue.Severity);
        Assert.Equal("16", issue.Expected);
        Assert.Equal("20", issue.Actual);
        Assert.Contains("实际增长16.0%", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_normative_document_stock_must_follow_from_last_years()
    {
        var previous = Previous(("行政规范性文件 | 0 | 0 | 0 |", "行政规范性文件 | 0 | 0 | 5 |"));

        var issue = Assert.Single(Check(Read(ReportSamples.Text(File), File), previous).Issues, i => i.RuleId == "T2-STOCK");

        Assert.Equal(Severity.General, issue.Severity);
        Assert.Equal("行政规范性文件", issue.Row);
        Assert.Equal("5", issue.Expected);
        Assert.Equal("0", issue.Actual);
    }
}
