using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

public sealed class ReportCoverageTests
{
    [Fact]
    public async Task A_rule_the_check_could_not_decide_is_not_resolved_for_that_report()
    {
        var run = await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromFile("2022-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.NextYear(2022, carriedIn: 3)))],
            new ReportCheckRequest("s"), CancellationToken.None);
        var coverage = new ReportCoverage(run.Results);
        var issue = new ReportIssue("T3-CARRY-Y", Severity.Serious, "旧问题") { Table = "表三", Row = "二", Column = "自然人" };
        var sameReportDecided = new ReportIssue("T3-ROW", Severity.Serious, "旧问题") { Table = "表三", Row = "一" };

        // T3-CARRY-Y was 不可判定 (no 2021 report given), so its old finding stays open; a decided rule is covered.
        Assert.False(coverage.Covers(ReportFindingFactory.FromIssue(issue, "s", "2022-wuqing.txt", 2022, ReportCheckSamples.Organ)));
        Assert.True(coverage.Covers(ReportFindingFactory.FromIssue(sameReportDecided, "s", "old-name.pdf", 2022, ReportCheckSamples.Organ)));
        Assert.False(coverage.Covers(ReportFindingFactory.FromIssue(sameReportDecided, "s", "2022-wuqing.txt", 2021, ReportCheckSamples.Organ)));
        Assert.False(coverage.Covers(ReportFindingFactory.FromIssue(sameReportDecided, "s", "2022-wuqing.txt", 2022, "天津市武清区司法局")));
    }
}
