using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;
using Xunit;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Structure;

public sealed class StructureChecksTests
{
    private const string LongquanPreamble = "本年度报告根据《中华人民共和国政府信息公开条例》要求,结合街道2019年政府信息公开的实际情况编制而成。报告包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,因政府信息公开工作被申请行政复议、提起行政诉讼情况,政府信息公开工作存在的主要问题及改进情况等6个部分。";
    private const string TongziPreamble = "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。";

    private static ReportIssue[] Of(ReportCheckOutcome outcome, string rule) => [.. outcome.Issues.Where(i => i.RuleId == rule)];

    [Fact]
    public void Complete2021_GivesNoErrorOrWarning_AndExactlyTheFeeNote()
    {
        var outcome = ReportModelBuilder.Complete2021().Build().RunTableChecks();

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal("S-FEE-SEC6", issue.RuleId);
        Assert.Equal(Severity.Hint, issue.Severity);
        Assert.Equal("“其他需要报告的事项”未说明信息处理费收取情况", issue.Message);
        Assert.Equal("六", issue.Row);
        Assert.Equal("无", issue.Actual);
    }

    [Fact]
    public void EveryIssueUsesACatalogueIdAndItsDocumentedSeverity()
    {
        var documented = ReportRules.All.ToDictionary(r => r.Id);
        var outcome = ReportModelBuilder.Complete2021().WithoutSection(4).WithTable3Cell("一", 2, null).Build().RunTableChecks();

        Assert.NotEmpty(outcome.Issues);
        Assert.All(outcome.Issues, i => Assert.Equal(documented[i.RuleId].Severity, i.Severity));
    }

    [Fact]
    public void MissingSection_IsSSectionsError()
    {
        var outcome = ReportModelBuilder.Complete2021().WithoutSection(4).Build().RunTableChecks();

        var issue = Assert.Single(outcome.Issues, i => i.Severity != Severity.Hint);
        Assert.Equal("S-SECTIONS", issue.RuleId);
        Assert.Equal(Severity.Serious, issue.Severity);
        Assert.Null(issue.Table);
        Assert.Equal("四", issue.Row);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", issue.Expected);
        Assert.Equal("年度报告缺少第四部分“政府信息公开行政复议、行政诉讼情况”", issue.Message);
    }

    [Fact]
    public void PartialCopy_SectionsAfterTheCutAreUndecidable_ButAGapIsStillMissing()
    {
        var cut = ReportModelBuilder.Complete2021().WithoutSection(5).WithoutSection(6).Build() with { DeclaredPartial = true };
        var gap = ReportModelBuilder.Complete2021().WithoutSection(2).WithoutSection(6).Build() with { DeclaredPartial = true };

        var cutOutcome = cut.RunTableChecks();
        Assert.Empty(Of(cutOutcome, "S-SECTIONS"));
        Assert.Contains(cutOutcome.Undecidable, u => u.RuleId == "S-SECTIONS" && u.Reason.Contains("第五、六部分在副本截止之后", StringComparison.Ordinal));
        var missing = Assert.Single(Of(gap.RunTableChecks(), "S-SECTIONS"));
        Assert.Equal("年度报告缺少第二部分“主动公开政府信息情况”", missing.Message);
    }

    [Fact]
    public void SectionsOutOfOrder_IsSSectionsError()
    {
        var report = ReportModelBuilder.Complete2021().Build().WithSectionsSwapped(3, 4);

        var issue = Assert.Single(Of(report.RunTableChecks(), "S-SECTIONS"));
        Assert.Equal(Severity.Serious, issue.Severity);
        Assert.Equal("三", issue.Row);
        Assert.Equal("年度报告各部分顺序错误：第三部分“三、收到和处理政府信息公开申请情况”出现在第四部分之后", issue.Message);
    }

    [Fact]
    public void HeadingWithoutAnchor_IsAWarningNotAMissingSection()
    {
        var report = ReportModelBuilder.Complete2021().Build().WithSectionHeading(1, "一、工作基本情况", hasAnchor: false);

        IssueAssert.SingleValue(report.RunTableChecks(), "S-SECTIONS", Severity.General, "一、总体情况", "一、工作基本情况",
            "第一部分标题“一、工作基本情况”不规范，应为“一、总体情况”");
    }

    [Fact]
    public void PreambleAnnouncingSixPartsButListingFive_IsSPartCount_EvenOnAPartialCopy()
    {
        var report = ReportModelBuilder.Complete2021().WithYear(2019).WithPreamble(LongquanPreamble).WithoutSection(4).WithoutSection(5).WithoutSection(6).Build() with { DeclaredPartial = true };

        IssueAssert.SingleValue(report.RunTableChecks(), "S-PARTCOUNT", Severity.General, "6部分", "5部分",
            "导语称“等6个部分”，但列出的只有5部分（缺“其他需要报告的事项”）");
    }

    [Fact]
    public void PreambleListingSixParts_WithSixSections_GivesNoSPartCount()
    {
        var outcome = ReportModelBuilder.Complete2021().WithPreamble(TongziPreamble).Build().RunTableChecks();

        Assert.Empty(Of(outcome, "S-PARTCOUNT"));
    }

    [Fact]
    public void StandardAnnouncementWithASectionMissing_IsOneFinding_SSections()
    {
        var outcome = ReportModelBuilder.Complete2021().WithPreamble(TongziPreamble).WithoutSection(4).Build().RunTableChecks();

        Assert.Single(Of(outcome, "S-SECTIONS"));
        Assert.Empty(Of(outcome, "S-PARTCOUNT"));
    }

    [Fact]
    public void PreambleAnnouncingFivePartsWithSixSections_IsSPartCount()
    {
        var outcome = ReportModelBuilder.Complete2021().WithPreamble("本报告由总体情况等五部分组成。").Build().RunTableChecks();

        var issue = Assert.Single(Of(outcome, "S-PARTCOUNT"));
        Assert.Equal("5部分", issue.Expected);
        Assert.Equal("6部分", issue.Actual);
        Assert.Equal("导语称“等五部分组成”，正文实际有6部分", issue.Message);
    }

    [Fact]
    public void OverviewMissingTopics_IsSOverview()
    {
        var outcome = ReportModelBuilder.Complete2021().WithSection(1, "(一)主动公开。(二)依申请公开。").Build().RunTableChecks();

        var issue = Assert.Single(Of(outcome, "S-OVERVIEW"));
        Assert.Equal(Severity.General, issue.Severity);
        Assert.Equal("一", issue.Row);
        Assert.Equal("主动公开、依申请公开", issue.Actual);
        Assert.Equal("“总体情况”未涉及政府信息管理、平台建设、监督保障等方面内容", issue.Message);
    }

    [Fact]
    public void OverviewOfAGovernment_MustGiveAssessmentResults_AndTrialYearsAreNotChecked()
    {
        var government = ReportModelBuilder.Complete2021().Build() with { Organ = "桐梓县" };
        var trialYear = ReportModelBuilder.Complete2021().WithYear(2020).WithSection(1, "(一)主动公开。").Build();

        var issue = Assert.Single(Of(government.RunTableChecks(), "S-OVERVIEW"));
        Assert.Equal("政府年度报告的“总体情况”未说明工作考核、社会评议、责任追究结果", issue.Message);
        Assert.Empty(Of(trialYear.RunTableChecks(), "S-OVERVIEW"));
    }

    [Fact]
    public void TrialLayoutIn2022_IsSFormatError_And2021LayoutIn2020_IsAWarning()
    {
        var late = ReportModelBuilder.Complete2021().WithYear(2022).WithFormat(ReportFormat.Trial2019).Build();
        var early = ReportModelBuilder.Complete2021().WithYear(2020).Build();

        IssueAssert.SingleValue(late.RunTableChecks(), "S-FORMAT", Severity.Serious, "国办公开办函〔2021〕30号格式", "2019年试行格式",
            "2022年度报告仍使用2019年试行格式（含“本年新制作数量”），应使用国办公开办函〔2021〕30号格式");
        var warning = Assert.Single(Of(early.RunTableChecks(), "S-FORMAT"));
        Assert.Equal(Severity.General, warning.Severity);
        Assert.Equal("2020年度报告使用了2021年格式（含“本年制发件数”），该格式2021年9月才印发，报告年度可能有误", warning.Message);
    }

    [Fact]
    public void EmptyTable3_IsOneSFilledError_NotABlankPerCell()
    {
        var built = ReportModelBuilder.Complete2021().Build();
        var empty = built.Table3!.Rows.ToDictionary(
            r => r.Key,
            r => r.Value with { Values = [.. r.Value.Values.Select(_ => new CellValue(string.Empty, null, CellKind.Blank, 100))] },
            StringComparer.Ordinal);
        var report = built with { Table3 = built.Table3 with { Rows = empty } };

        var outcome = report.RunTableChecks();

        var issue = Assert.Single(outcome.Issues, i => i.Severity != Severity.Hint);
        Assert.Equal("S-FILLED", issue.RuleId);
        Assert.Equal(Severity.Serious, issue.Severity);
        Assert.Equal("表三", issue.Table);
        Assert.Equal("表三数据单元格全部为空，未填报", issue.Message);
    }

    [Fact]
    public void MissingTable_IsSFilledError_UnlessTheCopyIsCutInItsSection()
    {
        var complete = ReportModelBuilder.Complete2021().WithoutTable4().Build();
        var cutInSectionFour = complete with { DeclaredPartial = true, Sections = [.. complete.Sections.Where(s => s.Ordinal <= 4)] };
        var partialButPastSectionFour = complete with { DeclaredPartial = true };

        var issue = Assert.Single(Of(complete.RunTableChecks(), "S-FILLED"));
        Assert.Equal("表四", issue.Table);
        Assert.Equal("未找到表四（政府信息公开行政复议、行政诉讼情况）", issue.Message);
        Assert.Empty(Of(cutInSectionFour.RunTableChecks(), "S-FILLED"));
        Assert.Single(Of(partialButPastSectionFour.RunTableChecks(), "S-FILLED"));
    }

    [Fact]
    public void PeriodOfAnotherYear_IsSPeriodError()
    {
        var report = ReportModelBuilder.Complete2021().WithYear(2022).Build();

        IssueAssert.SingleValue(report.RunTableChecks(), "S-PERIOD", Severity.Serious, "2022年1月1日至2022年12月31日", "统计期限从2021年1月1日起至2021年12月31日止",
            "“统计期限从2021年1月1日起至2021年12月31日止”与报告年度2022年不符");
    }

    [Fact]
    public void UnparseablePeriod_IsSPeriodErrorNamingTheText()
    {
        var report = ReportModelBuilder.Complete2021().WithPeriod(new StatisticsPeriod("自202111日起至20211231日止", null, null, 2)).Build();

        var issue = Assert.Single(Of(report.RunTableChecks(), "S-PERIOD"));
        Assert.Equal(Severity.Serious, issue.Severity);
        Assert.Equal("自202111日起至20211231日止", issue.Actual);
        Assert.Equal("统计期限“自202111日起至20211231日止”无法识别为有效日期，应为2021年1月1日至2021年12月31日", issue.Message);
    }

    [Fact]
    public void TitleYearDifferentFromReportYear_IsSPeriodError()
    {
        var report = ReportModelBuilder.Complete2021().WithTitle("某区2020年政府信息公开工作年度报告").Build();

        var issue = Assert.Single(Of(report.RunTableChecks(), "S-PERIOD"));
        Assert.Equal("2021", issue.Expected);
        Assert.Equal("2020", issue.Actual);
        Assert.Equal("标题“某区2020年政府信息公开工作年度报告”中的年度2020年与报告年度2021年不符", issue.Message);
    }

    [Theory]
    [InlineData("天津市武清区政务服务办2021年政府信息公开工作年度报告", null, null)]
    [InlineData("武清区政务服务办2021年政府信息公开年度报告", Severity.General, "标题“武清区政务服务办2021年政府信息公开年度报告”使用简称“政府信息公开年度报告”，应为“政府信息公开工作年度报告”")]
    [InlineData("2021年政府信息工开工作年度报告", Severity.Serious, "标题“2021年政府信息工开工作年度报告”存在文字错误，应为“政府信息公开工作年度报告”")]
    [InlineData("河西街道2021年度政府信息公开工作报告", Severity.General, "标题“河西街道2021年度政府信息公开工作报告”未使用规范名称“政府信息公开工作年度报告”")]
    public void Title_IsCheckedForTheStandardName(string title, Severity? severity, string? message)
    {
        var outcome = ReportModelBuilder.Complete2021().WithTitle(title).Build().RunTableChecks();

        if (severity is null)
        {
            Assert.Empty(Of(outcome, "S-TITLE"));
            return;
        }

        IssueAssert.SingleValue(outcome, "S-TITLE", severity.Value, "政府信息公开工作年度报告", title, message!);
    }

    [Fact]
    public void NoTitle_IsUndecidable()
    {
        var outcome = ReportModelBuilder.Complete2021().Build().RunTableChecks();

        Assert.Empty(Of(outcome, "S-TITLE"));
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "S-TITLE");
    }

    [Fact]
    public void RowLabelWithATypo_IsSLabelWarning()
    {
        var report = ReportModelBuilder.Complete2021().Build().WithTable3Label("三(三)6", "6.属于四类过成性信息");

        var issue = IssueAssert.SingleValue(report.RunTableChecks(), "S-LABEL", Severity.General, "属于四类过程性信息", "属于四类过成性信息",
            "表三行标题“属于四类过成性信息”疑为“属于四类过程性信息”之误");
        Assert.Equal("表三", issue.Table);
        Assert.Equal("三(三)6", issue.Row);
    }

    [Theory]
    [InlineData("三(三)1", "(三)不予公开 | 1.属于国家秘密")]
    [InlineData("三(二)", "(二)部分公开(区分处理的,只计这一情况,不计其他情形)")]
    [InlineData("三(一)", "三、本年度办理结果 (一)予以公开")]
    [InlineData("三(三)3", "3.危及\"三安全一稳定\"")]
    public void RowLabelVariants_AreAccepted(string key, string label)
    {
        var report = ReportModelBuilder.Complete2021().Build().WithTable3Label(key, label.Replace(" | ", string.Empty, StringComparison.Ordinal));

        Assert.Empty(Of(report.RunTableChecks(), "S-LABEL"));
    }

    [Theory]
    [InlineData("规 章")]
    [InlineData("規範性檔案")]
    public void Table2LabelVariants_AreAccepted(string label)
    {
        var key = label.StartsWith('规') ? Table2Layout.Regulations : Table2Layout.NormativeDocs2021;
        var report = ReportModelBuilder.Complete2021().Build().WithTable2Label(key, label);

        Assert.Empty(Of(report.RunTableChecks(), "S-LABEL"));
    }

    [Fact]
    public void FeeNote_IsSilentWhenSectionSixStatesIt_WhenFeesAreEvidenced_OrBefore2021()
    {
        var stated = ReportModelBuilder.Complete2021().WithSection(6, "本年度未收取信息处理费。").Build();
        var evidenced = ReportModelBuilder.Complete2021().WithTable3Cell("三(六)2", 0, 1).WithTable3Cell("三(六)2", 6, 1).Build();
        var trialYear = ReportModelBuilder.Complete2021().WithYear(2020).Build();

        Assert.Empty(Of(stated.RunTableChecks(), "S-FEE-SEC6"));
        Assert.Empty(Of(evidenced.RunTableChecks(), "S-FEE-SEC6"));
        Assert.Empty(Of(trialYear.RunTableChecks(), "S-FEE-SEC6"));
    }
}
