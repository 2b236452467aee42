using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;
using Xunit;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Tables;

public sealed class Table3ChecksTests
{
    private static ReportIssue[] Serious(ReportCheckOutcome outcome) => [.. outcome.Issues.Where(i => i.Severity != Severity.Hint)];

    [Fact]
    public void Complete2021_GivesNoTable3Issue()
    {
        var outcome = ReportModelBuilder.Complete2021().Build().RunTableChecks();

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId.StartsWith("T3-", StringComparison.Ordinal) && i.RuleId != "T3-CARRY-Y");
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId is "T3-COL" or "T3-SUM" or "T3-ROW");
    }

    [Fact]
    public void ColumnBalance_NewApplicationsChanged_ReportsT3ColPerColumn()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable3Cell("一", 0, 180).WithTable3Cell("一", 6, 180).Build().RunTableChecks();

        var issues = Serious(outcome);
        Assert.Equal(["T3-COL", "T3-COL"], issues.Select(i => i.RuleId));
        var natural = issues.Single(i => i.Column == "自然人");
        IssueAssert.Is(natural, "T3-COL", Severity.Serious, "表三", null, "自然人", "180", "174",
            "表三“自然人”列：本年新收180+上年结转0=180，但办理结果总计172+结转下年度2=174，勾稽不平（差6）");
        Assert.Contains(issues, i => i.Column == "总计");
    }

    [Fact]
    public void OutcomeSum_OneOutcomeRowChanged_ReportsT3SumOnly()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable3Cell("三(一)", 0, 69).WithTable3Cell("三(一)", 6, 69).Build().RunTableChecks();

        var issues = Serious(outcome);
        Assert.Equal(["T3-SUM", "T3-SUM"], issues.Select(i => i.RuleId));
        var natural = issues.Single(i => i.Column == "自然人");
        IssueAssert.Is(natural, "T3-SUM", Severity.Serious, "表三", "三(七)", "自然人", "174", "172",
            "表三“自然人”列：各项办理结果之和为174，与“（七）总计”172不符（差2）");
    }

    [Fact]
    public void WrongOutcomeTotal_BreakingBothColumnRelations_IsReportedOnceAsT3Sum()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable3Cell("三(七)", 0, 170).WithTable3Cell("三(七)", 6, 170).Build().RunTableChecks();

        var issues = Serious(outcome);
        Assert.Equal(["T3-SUM", "T3-SUM"], issues.Select(i => i.RuleId));
        Assert.Equal("表三“自然人”列：各项办理结果之和为172，与“（七）总计”170不符（差2）；按“本年新收+上年结转−结转下年度”计算亦应为172", issues.Single(i => i.Column == "自然人").Message);
    }

    [Fact]
    public void BlankTotal_BreakingRowSum_IsOneT3RowFinding_NotAlsoColumnSumOrBlank()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable3Cell("三(一)", 6, null).Build().RunTableChecks();

        IssueAssert.Single(Serious(outcome), "T3-ROW", Severity.Serious, "表三", "三(一)", "总计", "67", string.Empty,
            "表三“（一）予以公开”行：各类申请人合计67，与“总计”（空）不符");
    }

    [Fact]
    public void WrongRowTotal_IsOneT3RowFinding()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable3Cell("三(三)4", 6, 3).Build().RunTableChecks();

        var issue = Assert.Single(Serious(outcome));
        Assert.Equal("T3-ROW", issue.RuleId);
        Assert.Equal("三(三)4", issue.Row);
        Assert.Equal("2", issue.Expected);
        Assert.Equal("3", issue.Actual);
        Assert.Equal("表三“（三）不予公开—4.保护第三方合法权益”行：各类申请人合计2，与“总计”3不符（差1）", issue.Message);
    }

    [Fact]
    public void NegativeCell_IsT3NonNeg_AndItsRelationsAreUndecidable()
    {
        var outcome = ReportModelBuilder.Complete2021().WithTable3Cell("二", 0, -1).Build().RunTableChecks();

        IssueAssert.Single(Serious(outcome), "T3-NONNEG", Severity.Serious, "表三", "二", "自然人", "非负整数", "-1",
            "表三“二、上年结转政府信息公开申请数量”“自然人”列为“-1”，应为非负整数");
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-COL" && u.Reason.Contains("“自然人”列", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreadableCell_IsT3NonNeg()
    {
        var report = ReportModelBuilder.Complete2021().Build().WithTable3RowCell("三(五)2", 1, new CellValue("若干", null, CellKind.Unreadable, 100));

        var issue = Assert.Single(Serious(report.RunTableChecks()));
        Assert.Equal("T3-NONNEG", issue.RuleId);
        Assert.Equal("表三“（五）不予处理—2.重复申请”“商业企业”列为“若干”，应为非负整数", issue.Message);
    }

    [Fact]
    public void BlankCells_AreOneT3BlankFinding_ListingThem()
    {
        var outcome = ReportModelBuilder.Complete2021()
            .WithTable3Cell("一", 2, null).WithTable3Cell("二", 2, null).WithTable3Cell("四", 2, null)
            .Build().RunTableChecks();

        IssueAssert.Single(Serious(outcome), "T3-BLANK", Severity.General, "表三", null, "科研机构", "0", string.Empty,
            "表三有3个单元格未填写，应填“0”（“科研机构”列第一、二、四项）");
    }

    [Fact]
    public void MissingRow_InACompleteReport_IsT3Rows_AndTheOutcomeSumUndecidable()
    {
        var outcome = ReportModelBuilder.Complete2021().WithoutTable3Row("三(六)2").Build().RunTableChecks();

        var issue = Assert.Single(Serious(outcome));
        Assert.Equal("T3-ROWS", issue.RuleId);
        Assert.Equal(Severity.General, issue.Severity);
        Assert.Equal("表三", issue.Table);
        Assert.Equal("三(六)2", issue.Row);
        Assert.Equal("25行", issue.Expected);
        Assert.Equal("24行", issue.Actual);
        Assert.Equal("表三未找到“（六）其他处理—2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”行，相关勾稽关系不可判定", issue.Message);
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-SUM" && u.Reason.Contains("（六）其他处理—2.", StringComparison.Ordinal));
    }

    [Fact]
    public void PartialCopy_WithoutTotalAndCarryOverRows_GivesNoArithmeticIssue_ButNamesTheMissingRows()
    {
        var report = ReportModelBuilder.Complete2021().WithoutTable3Row("三(七)").WithoutTable3Row("四").Build() with { DeclaredPartial = true };

        var outcome = report.RunTableChecks();

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId.StartsWith("T3-", StringComparison.Ordinal) && i.RuleId != "T3-CARRY-Y");
        var column = Assert.Single(outcome.Undecidable, u => u.RuleId == "T3-COL");
        Assert.Contains("“（七）总计”“四、结转下年度继续办理”", column.Reason, StringComparison.Ordinal);
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-SUM" && u.Reason.Contains("“（七）总计”", StringComparison.Ordinal));
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-ROWS");
    }

    [Fact]
    public void RowWithTooFewValues_IsT3Rows()
    {
        var report = ReportModelBuilder.Complete2021().Build().WithTable3RowUnresolved("一", 3, 5);

        var outcome = report.RunTableChecks();

        var issue = Assert.Single(Serious(outcome));
        Assert.Equal("T3-ROWS", issue.RuleId);
        Assert.Equal("一", issue.Row);
        Assert.Equal("7", issue.Expected);
        Assert.Equal("2", issue.Actual);
        Assert.Equal("表三“一、本年新收政府信息公开申请数量”行只解析到2个数值（3、5），应为7个，无法对应到各列，相关勾稽关系不可判定", issue.Message);
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-COL");
    }

    [Fact]
    public void CarryOver_PreviousYearCarriedOutDiffers_IsT3CarryY()
    {
        var previous = ReportModelBuilder.Complete2021().WithYear(2020).WithTable3Cell("四", 0, 3).WithTable3Cell("四", 6, 3).Build();

        var outcome = ReportModelBuilder.Complete2021().Build().RunTableChecks(previous);

        var issues = outcome.Issues.Where(i => i.RuleId == "T3-CARRY-Y").ToArray();
        Assert.Equal(["自然人", "总计"], issues.Select(i => i.Column));
        IssueAssert.Is(issues[1], "T3-CARRY-Y", Severity.Serious, "表三", "二", "总计", "3", "0",
            "本年度“上年结转”总计0件，与2020年度报告“结转下年度继续办理”总计3件不一致（差3）");
    }

    [Fact]
    public void CarryOver_Matching_OrWithoutPreviousYear_GivesNoIssue()
    {
        var previous = ReportModelBuilder.Complete2021().WithYear(2020).WithTable3Cell("四", 0, 0).WithTable3Cell("四", 6, 0).Build();
        var report = ReportModelBuilder.Complete2021().Build();

        Assert.DoesNotContain(report.RunTableChecks(previous).Issues, i => i.RuleId == "T3-CARRY-Y");
        var alone = report.RunTableChecks();
        Assert.DoesNotContain(alone.Issues, i => i.RuleId == "T3-CARRY-Y");
        Assert.Contains(alone.Undecidable, u => u.RuleId == "T3-CARRY-Y" && u.Reason.Contains("上年度报告", StringComparison.Ordinal));
    }

    [Fact]
    public void NoTable3_EveryTable3CheckIsUndecidable()
    {
        var outcome = (ReportModelBuilder.Complete2021().WithoutTable3().Build() with { DeclaredPartial = true }).RunTableChecks();

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId.StartsWith("T3-", StringComparison.Ordinal) && i.RuleId != "T3-CARRY-Y");
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-COL" && u.Reason.Contains("未找到表三", StringComparison.Ordinal));
    }
}
