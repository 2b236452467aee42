using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using Xunit;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Tables;

public sealed class Table4ChecksTests
{
    private static ReportIssue[] Serious(ReportCheckOutcome outcome) => [.. outcome.Issues.Where(i => i.Severity != Severity.Hint)];

    [Fact]
    public void Complete2021_GivesNoTable4Issue()
    {
        var outcome = ReportModelBuilder.Complete2021().Build().RunTableChecks();

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId.StartsWith("T4-", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId.StartsWith("T4-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4, 7, "T4-REV", "行政复议", "6", "7", "表四“行政复议”：4+2+0+0=6，与总计7不符（差1）")]
    [InlineData(9, 2, "T4-LIT1", "未经复议直接起诉", "1", "2", "表四“未经复议直接起诉”：0+0+0+1=1，与总计2不符（差1）")]
    [InlineData(14, 5, "T4-LIT2", "复议后起诉", "4", "5", "表四“复议后起诉”：0+0+0+4=4，与总计5不符（差1）")]
    public void GroupTotalChanged_IsThatGroupsIdentity(int index, int value, string rule, string group, string expected, string actual, string message)
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable4Value(index, value).Build().RunTableChecks();

        IssueAssert.Single(Serious(outcome), rule, Severity.Serious, "表四", group, "总计", expected, actual, message);
    }

    [Fact]
    public void BlankTotal_IsReportedByTheIdentityOnly()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable4Value(4, null).Build().RunTableChecks();

        var issue = Assert.Single(Serious(outcome));
        Assert.Equal("T4-REV", issue.RuleId);
        Assert.Equal(string.Empty, issue.Actual);
        Assert.Equal("表四“行政复议”：4+2+0+0=6，与总计（空）不符", issue.Message);
    }

    [Fact]
    public void BlankValue_IsT4Count()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable4Value(2, null).Build().RunTableChecks();

        var issue = Assert.Single(Serious(outcome));
        Assert.Equal("T4-COUNT", issue.RuleId);
        Assert.Equal(Severity.General, issue.Severity);
        Assert.Equal("表四", issue.Table);
        Assert.Equal("0", issue.Expected);
        Assert.Equal(string.Empty, issue.Actual);
        Assert.Equal("表四有1个数据未填写，应填“0”（“行政复议—其他结果”）", issue.Message);
    }

    [Fact]
    public void ThirteenValues_IsT4Count_AndTheIdentitiesAreUndecidable()
    {
        var outcome = ReportModelBuilder.Complete2021().Build().WithTable4Count(13).RunTableChecks();

        IssueAssert.Single(Serious(outcome), "T4-COUNT", Severity.General, "表四", null, null, "15", "13",
            "表四应有15个数据，实际解析到13个，请人工核对");
        Assert.Equal(["T4-REV", "T4-LIT1", "T4-LIT2"], outcome.Undecidable.Where(u => u.RuleId.StartsWith("T4-", StringComparison.Ordinal)).Select(u => u.RuleId));
    }
}
