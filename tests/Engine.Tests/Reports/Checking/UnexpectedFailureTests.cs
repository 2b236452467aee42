using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

/// <summary>An unexpected exception while checking one input is that input's failure, never the batch's.</summary>
public sealed class UnexpectedFailureTests
{
    /// <summary>Fails on one report only, like a bug hit by one odd input.</summary>
    private sealed class ThrowingCheck : IReportCheck
    {
        public void Check(ReportCheckContext context)
        {
            if (context.Report.Source == "bad.txt")
            {
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            }
        }
    }

    [Fact]
    public async Task An_exception_in_one_reports_check_becomes_its_S_READ_finding_and_the_other_report_is_checked()
    {
        var checker = new AnnualReportChecker([new ThrowingCheck(), .. TableChecks.All, .. NarrativeChecks.All]);
        var service = new AnnualReportCheckService(ReportCheckSamples.FastCrawl(), new SystemHostResolver(), TimeProvider.System, checker: checker);
        var bytes = ReportCheckSamples.Bytes(ReportCheckSamples.CompleteFile);

        var run = await service.CheckAsync(
            [ReportInput.FromFile("bad.txt", bytes), ReportInput.FromFile(ReportCheckSamples.CompleteFile, bytes)],
            new ReportCheckRequest("reports-test"), CancellationToken.None);

        Assert.Equal(2, run.Results.Count);
        var bad = run.Results[0];
        Assert.False(bad.Read);
        var finding = Assert.Single(bad.Findings);
        Assert.Equal(ReportFindingFactory.ReadFailureRuleId, finding.RuleId);
        Assert.Equal("年报“bad.txt”核查时发生意外错误，未能完成核查，请人工核对该文件", finding.Message);
        Assert.DoesNotContain("Decimal", finding.Message, StringComparison.Ordinal);

        var good = run.Results[1];
        Assert.True(good.Read);
        Assert.All(good.Findings, f => Assert.Equal("S-FEE-SEC6", f.RuleId));
    }
}
