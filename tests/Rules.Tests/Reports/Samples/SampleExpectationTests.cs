using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// Every sample file, end to end (text → <see cref="AnnualReportReader"/> → <see cref="AnnualReportChecker.Default"/>),
/// against the README's expectations (<see cref="SampleExpectations"/>).
/// </summary>
public sealed class SampleExpectationTests
{
    private static readonly string[] ArithmeticIds = ["T3-COL", "T3-SUM", "T3-ROW", "T4-REV", "T4-LIT1", "T4-LIT2", "T4-COUNT"];

    public static TheoryData<string> Files() => [.. SampleExpectations.All.Select(e => e.File)];

    private static ReportCheckOutcome Check(string file) =>
        AnnualReportChecker.Default.Check(AnnualReportReader.Read(ReportSamples.Text(file), file));

    private static SampleExpectation Expectation(string file) => SampleExpectations.All.Single(e => e.File == file);

    [Fact]
    public void Every_sample_file_has_its_expectations()
    {
        var files = Directory.GetFiles(ReportSamples.Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, SampleExpectations.All.Select(e => e.File).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Sample_gives_exactly_the_expected_issues(string file)
    {
        var issues = Check(file).Issues.ToList();
        var expected = Expectation(file).Issues;

        foreach (var want in expected)
        {
            var match = issues.FirstOrDefault(want.Matches);
            Assert.True(match is not null, $"{file}: expected {want}\nactual:\n{string.Join("\n", issues.Select(Describe))}");
            issues.Remove(match);
        }

        Assert.True(issues.Count == 0, $"{file}: unexpected issues:\n{string.Join("\n", issues.Select(Describe))}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Relations_that_hold_are_decided_without_an_issue(string file)
    {
        var outcome = Check(file);

        foreach (var id in Expectation(file).Holds)
        {
            Assert.DoesNotContain(outcome.Issues, i => i.RuleId == id);
            Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId == id);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Relations_the_copy_cannot_show_are_not_decidable_and_say_what_is_missing(string file)
    {
        var outcome = Check(file);

        foreach (var want in Expectation(file).Undecidable)
        {
            Assert.True(
                outcome.Undecidable.Any(u => u.RuleId == want.RuleId && u.Reason.Contains(want.ReasonPart, StringComparison.Ordinal)),
                $"{file}: expected 不可判定 {want.RuleId} naming “{want.ReasonPart}”; got:\n{string.Join("\n", outcome.Undecidable.Select(u => $"{u.RuleId}: {u.Reason}"))}");
            Assert.DoesNotContain(outcome.Issues, i => i.RuleId == want.RuleId && ArithmeticIds.Contains(i.RuleId));
        }
    }

    /// <summary>Not found is not zero: an arithmetic issue on a partial copy may only concern rows the copy shows.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void No_arithmetic_issue_names_a_row_the_copy_does_not_contain(string file)
    {
        var outcome = Check(file);
        var report = outcome.Report;
        var rows = report.Table3?.Rows ?? new Dictionary<string, Table3Row>();

        foreach (var issue in outcome.Issues.Where(i => ArithmeticIds.Contains(i.RuleId)))
        {
            var needed = issue.RuleId switch
            {
                "T3-COL" => [Table3Layout.NewRow, Table3Layout.CarriedInRow, Table3Layout.OutcomeTotalRow, Table3Layout.CarriedOutRow],
                "T3-SUM" => report.Format == ReportFormat.Trial2019 ? [.. Table3Layout.OutcomeRows2019, Table3Layout.OutcomeTotalRow] : [.. Table3Layout.OutcomeRows2021, Table3Layout.OutcomeTotalRow],
                "T3-ROW" => new[] { issue.Row! },
                _ => [],
            };
            Assert.All(needed, key => Assert.True(rows.ContainsKey(key), $"{file}: {issue.RuleId} computed with row {key}, which the copy lacks: {issue.Message}"));
            if (issue.RuleId.StartsWith("T4-", StringComparison.Ordinal) && issue.RuleId != "T4-COUNT")
            {
                Assert.True(report.Table4 is { IsComplete: true }, $"{file}: {issue.RuleId} without a complete table 四");
            }
        }
    }

    [Fact]
    public void The_complete_sample_gives_exactly_one_issue_the_fee_note()
    {
        var outcome = Check("2021-tianjin-wuqing-zwfwb.txt");

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal("S-FEE-SEC6", issue.RuleId);
        Assert.Equal(Rules.Findings.Severity.Hint, issue.Severity);
        Assert.Equal("“其他需要报告的事项”未说明信息处理费收取情况", issue.Message);
        Assert.Equal(62, issue.Line);
    }

    [Fact]
    public void Messages_on_partial_copies_name_missing_rows_once_with_行()
    {
        var outcome = Check("2019-lizhou-hexi.txt");

        var sum = Assert.Single(outcome.Undecidable, u => u.RuleId == "T3-SUM");
        Assert.EndsWith("等20行，办理结果合计不可判定", sum.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Undecidable, u => u.Reason.Contains("行行", StringComparison.Ordinal));
    }

    private static string Describe(ReportIssue i) => $"{i.RuleId} {i.Severity} [{i.Table}|{i.Row}|{i.Column}|{i.Expected}|{i.Actual}] {i.Message}";
}
