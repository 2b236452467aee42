using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Narrative;

/// <summary>The narrative checks on the real samples' prose (README of samples/annual-reports).</summary>
public sealed class SampleNarrativeTests
{
    [Fact]
    public void The_complete_sample_gives_no_narrative_issue()
    {
        var outcome = SampleReports.CheckNarrative(SampleReports.Complete2021());

        Assert.Empty(outcome.Issues);
        Assert.Empty(outcome.Undecidable);
    }

    [Fact]
    public void The_complete_sample_with_one_narrative_number_changed_is_caught_by_N_APP()
    {
        var report = SampleReports.Complete2021();
        var changed = report with { Sections = [.. report.Sections.Select(s => s.Ordinal == 1 ? s with { Body = s.Body.Replace("174件", "175件", StringComparison.Ordinal) } : s)] };

        var issue = Assert.Single(SampleReports.CheckNarrative(changed).Issues);

        Assert.Equal("N-APP", issue.RuleId);
        Assert.Equal("正文称“共受理依申请公开政府信息175件”，表三“一、本年新收政府信息公开申请数量”总计为174件，前后不一致（差1）", issue.Message);
        Assert.Equal("共受理依申请公开政府信息175件", issue.Discriminator);
        Assert.Equal("174", issue.Expected);
        Assert.Equal("175", issue.Actual);
    }

    [Theory]
    [InlineData("2019-longquan-xijie.txt", 2019)]
    [InlineData("2019-lizhou-hexi.txt", 2019)]
    [InlineData("2022-shanghai-city.txt", 2022)]
    [InlineData("2024-qingyuan-yushang.txt", 2024)]
    public void Samples_whose_lists_add_up_give_no_N_SUM_or_N_PCT_issue(string file, int year)
    {
        var outcome = SampleReports.CheckNarrative(SampleReports.ProseOnly(file, year));

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId is "N-SUM" or "N-PCT");
    }

    [Fact]
    public void Tianmen_72_adding_up_to_71_and_规划总结_listed_twice_are_both_reported()
    {
        var outcome = SampleReports.CheckNarrative(SampleReports.ProseOnly("2020-tianmen-tuoshi.txt", 2020));

        var sums = outcome.Issues.Where(i => i.RuleId == "N-SUM").ToArray();
        Assert.Equal(2, sums.Length);
        Assert.Contains(sums, i => i.Message == "正文“通过政府网站公开信息72条”，各分项合计为71条（3+10+36+6+7+2+4+2+1），与所称72条不符（差1）");
        Assert.Contains(sums, i => i.Message.Contains("“规划总结”出现2次", StringComparison.Ordinal));
    }

    [Fact]
    public void Gaoping_1_of_80_stated_as_1_1_percent_is_the_only_wrong_share()
    {
        var outcome = SampleReports.CheckNarrative(SampleReports.ProseOnly("2024-gaoping-yuancun.txt", 2024));

        var issue = Assert.Single(outcome.Issues, i => i.RuleId == "N-PCT");
        Assert.Equal("正文称“信息公开年报1条,占比1.1%”，按所列合计80条计算应为1.25%（1÷80），与所称1.1%不符", issue.Message);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "N-SUM");
    }

    [Theory]
    [InlineData("2019-xiaogan-yjs.txt", 2019)]
    [InlineData("2022-tongzi-county.txt", 2022)]
    [InlineData("2024-qingyuan-yushang.txt", 2024)]
    public void Partial_samples_without_tables_give_not_decidable_never_an_arithmetic_issue(string file, int year)
    {
        var outcome = SampleReports.CheckNarrative(SampleReports.ProseOnly(file, year));

        Assert.DoesNotContain(outcome.Issues, i => i.Table is not null);
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "N-APP" && u.Reason.Contains("未找到表三", StringComparison.Ordinal));
    }

    [Fact]
    public void Tongzi_review_and_litigation_counts_are_not_decidable_without_table_four()
    {
        var outcome = SampleReports.CheckNarrative(SampleReports.ProseOnly("2022-tongzi-county.txt", 2022));

        Assert.Contains(outcome.Undecidable, u => u.RuleId == "N-T4" && u.Reason.Contains("行政复议案件1件", StringComparison.Ordinal) && u.Reason.Contains("未找到表四", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_prose_loader_finds_all_six_sections_of_the_complete_sample()
    {
        var (preamble, sections) = SampleNarrative.Load("2021-tianjin-wuqing-zwfwb.txt");

        Assert.Contains("统计期限从2021年1月1日起至2021年12月31日止", preamble, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5, 6], sections.Keys.Order());
        Assert.Equal("无", sections[6].Trim());
        Assert.Equal(ReportFormat.Format2021, SampleReports.Complete2021().Format);
    }
}
