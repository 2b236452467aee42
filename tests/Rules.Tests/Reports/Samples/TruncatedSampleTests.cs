using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// The partial samples as a user would give them: without the "# availability: partial" header that says they are
/// cut. Each visibly breaks off (in a table, after a heading, mid-sentence), so each gets one S-TRUNCATED naming
/// where, and no 严重 "缺少第N部分" for the parts after the cut.
/// </summary>
public sealed class TruncatedSampleTests
{
    public static TheoryData<string> PartialSamples() =>
        [.. Directory.GetFiles(ReportSamples.Folder, "*.txt").Select(Path.GetFileName).OfType<string>().Where(f => ReportSamples.Text(f).Contains("# availability: partial", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(PartialSamples))]
    public void A_cut_copy_without_its_header_is_truncated_not_missing_sections(string file)
    {
        var text = string.Join('\n', ReportSamples.Text(file).Split('\n').Where(l => !l.StartsWith("# availability", StringComparison.Ordinal)));

        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, file));

        Assert.Single(outcome.Issues, i => i.RuleId == "S-TRUNCATED");
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-SECTIONS" && i.Severity == Severity.Serious);
    }

    [Fact]
    public void A_report_that_ends_on_a_finished_sentence_without_section_six_misses_it()
    {
        var sample = ReportSamples.Text(CompleteSampleMutations.File);
        var text = sample[..sample.IndexOf("六、其他需要报告的事项", StringComparison.Ordinal)];

        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, CompleteSampleMutations.File));

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-TRUNCATED");
        Assert.Contains(outcome.Issues, i => i.RuleId == "S-SECTIONS" && i.Severity == Severity.Serious && i.Row == "六");
    }

    [Fact]
    public void A_report_cut_in_the_middle_of_a_sentence_is_truncated_there()
    {
        var sample = ReportSamples.Text(CompleteSampleMutations.File);
        var cut = sample.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal) + 40;

        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(sample[..cut], CompleteSampleMutations.File));

        var truncated = Assert.Single(outcome.Issues, i => i.RuleId == "S-TRUNCATED");
        Assert.StartsWith("年报文本在第五部分的句子中间", truncated.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-SECTIONS" && i.Severity == Severity.Serious);
    }

    [Fact]
    public void A_later_page_of_a_flip_book_starts_cut_and_misses_no_part()
    {
        const string text = """
            Page 9 - 某区人民政府办公室2022年政府信息公开工作年度报告
            P. 9
            2022 年共报送信息稿件 48 篇。规范依申请公开办理环节,全年
            办理答复政府信息公开申请 7 件,均按时答复。
            (五)其他报告事项
            无。
            某区人民政府办公室
            2023 年 1 月 16 日
            """;

        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, "p9.txt"));

        var truncated = Assert.Single(outcome.Issues, i => i.RuleId == "S-TRUNCATED");
        Assert.StartsWith("年报文本始于第9页", truncated.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-SECTIONS");
    }
}
