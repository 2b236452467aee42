using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Narrative;

/// <summary>Each N-* relation on the builder's complete model: holds, broken by one change, or not decidable.</summary>
public sealed class NarrativeCheckTests
{
    private static ReportCheckOutcome Check(ReportModelBuilder builder, AnnualReport? previous = null) =>
        SampleReports.CheckNarrative(builder.Build(), previous);

    private static ReportIssue Single(ReportCheckOutcome outcome, string ruleId)
    {
        Assert.All(outcome.Issues, i => Assert.Equal(ruleId, i.RuleId));
        return Assert.Single(outcome.Issues);
    }

    [Fact]
    public void Builder_model_passes_every_narrative_check()
    {
        var outcome = Check(ReportModelBuilder.Complete2021());

        Assert.Empty(outcome.Issues);
    }

    [Fact]
    public void N_APP_received_count_differs_from_row_一()
    {
        var outcome = Check(ReportModelBuilder.Complete2021().WithSection(3, "本年度共受理政府信息公开申请2件。"));

        var issue = Single(outcome, "N-APP");
        Assert.Equal(Severity.Serious, issue.Severity);
        Assert.Equal("正文称“共受理政府信息公开申请2件”，表三“一、本年新收政府信息公开申请数量”总计为174件，前后不一致（差172）", issue.Message);
        Assert.Equal(("表三", "一", "总计"), (issue.Table, issue.Row, issue.Column));
    }

    [Fact]
    public void N_APP_replies_compare_with_三七_and_含上年结转_with_一_plus_二()
    {
        var holds = Check(ReportModelBuilder.Complete2021().WithSection(3, "共收到政府信息公开申请174件（含上年结转0件），办结172件。"));
        Assert.Empty(holds.Issues);

        var broken = Check(ReportModelBuilder.Complete2021().WithSection(3, "共收到政府信息公开申请176件（含上年结转2件），办结170件。"));
        Assert.Contains(broken.Issues, i => i.RuleId == "N-APP" && i.Message.Contains("表三“本年新收”与“上年结转”总计之和为174件", StringComparison.Ordinal));
        Assert.Contains(broken.Issues, i => i.RuleId == "N-APP" && i.Row == "三(七)" && i.Expected == "172" && i.Actual == "170");
        Assert.Contains(broken.Issues, i => i.RuleId == "N-CARRY" && i.Row == "二" && i.Actual == "2");
    }

    [Fact]
    public void N_APP_none_received_needs_row_一_zero_and_a_missing_table_is_not_decidable()
    {
        var broken = Check(ReportModelBuilder.Complete2021().WithSection(3, "本年度未收到政府信息公开申请。"));
        Assert.Equal("未收到政府信息公开申请", Single(broken, "N-APP").Discriminator);

        var missing = Check(ReportModelBuilder.Complete2021().WithoutTable3().WithSection(3, "本年度共受理政府信息公开申请2件。"));
        Assert.DoesNotContain(missing.Issues, i => i.RuleId == "N-APP");
        Assert.Contains(missing.Undecidable, u => u.RuleId == "N-APP" && u.Reason == "正文称“共受理政府信息公开申请2件”，但未找到表三，无法核对");
    }

    [Fact]
    public void N_APP_row_missing_in_a_partial_table_is_named()
    {
        var outcome = Check(ReportModelBuilder.Complete2021().WithoutTable3Row("一").WithSection(3, "共受理政府信息公开申请174件。"));

        Assert.Empty(outcome.Issues);
        Assert.Contains(outcome.Undecidable, u => u.Reason.Contains("未找到表三“一、本年新收政府信息公开申请数量”行", StringComparison.Ordinal));
    }

    [Fact]
    public void N_OUT_uses_the_group_sub_total_not_a_single_cell()
    {
        var holds = Check(ReportModelBuilder.Complete2021().WithSection(3, "其中予以公开67件，不予公开7件，无法提供93件，不予处理5件。"));
        Assert.Empty(holds.Issues);

        var broken = Check(ReportModelBuilder.Complete2021().WithSection(3, "无法提供92件。"));
        var issue = Single(broken, "N-OUT");
        Assert.Equal("正文称“无法提供92件”，表三“（四）无法提供”3项合计为93件，前后不一致（差1）", issue.Message);
        Assert.Equal("三(四)", issue.Row);
    }

    [Fact]
    public void N_CARRY_all_closed_contradicts_row_四_but_timeliness_is_no_claim()
    {
        var timeliness = Check(ReportModelBuilder.Complete2021().WithSection(3, "受理的政府信息公开申请均在法律法规规定的时限内予以答复。"));
        Assert.Empty(timeliness.Issues);

        var broken = Check(ReportModelBuilder.Complete2021().WithSection(3, "收到的政府信息公开申请已全部办结，无结转。"));
        var issue = Assert.Single(broken.Issues, i => i.RuleId == "N-CARRY");
        Assert.Equal("正文称“全部办结，无结转”，但表三“四、结转下年度继续办理”总计为2件", issue.Message);

        var stated = Check(ReportModelBuilder.Complete2021().WithSection(3, "结转下年度继续办理3件。"));
        Assert.Equal("3", Single(stated, "N-CARRY").Actual);
    }

    [Fact]
    public void N_APPTYPE_all_natural_persons_needs_the_legal_person_columns_zero()
    {
        var holds = Check(ReportModelBuilder.Complete2021().WithSection(3, "申请人均为自然人申请。"));
        Assert.Empty(holds.Issues);

        var broken = Check(ReportModelBuilder.Complete2021().WithTable3Cell("一", 1, 1).WithSection(3, "本年度收到的申请均为自然人申请。"));
        var issue = Single(broken, "N-APPTYPE");
        Assert.Equal(Severity.General, issue.Severity);
        Assert.Contains("“商业企业”列本年新收为1件", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void N_T4_chinese_numeral_outcome_totals_and_all_upheld()
    {
        var broken = Check(ReportModelBuilder.Complete2021().WithTable4Value(1, 3).WithTable4Value(4, 7));
        var issue = Single(broken, "N-T4");
        Assert.Equal("正文称“2021年累计共出现两起结果纠正的行政复议案件”，表四“行政复议—结果纠正”为3件，前后不一致（差1）", issue.Message);

        var total = Check(ReportModelBuilder.Complete2021().WithSection(4, "本年度发生行政复议案件5件，行政诉讼案件5件。"));
        var reviews = Single(total, "N-T4");
        Assert.Equal(("行政复议", "总计", "6", "5"), (reviews.Row, reviews.Column, reviews.Expected, reviews.Actual));

        var upheld = Check(ReportModelBuilder.Complete2021().WithSection(4, "行政复议6件，均获维持。"));
        Assert.Contains(upheld.Issues, i => i.RuleId == "N-T4" && i.Message == "正文称“行政复议6件，均获维持”，但表四“行政复议—结果纠正”为2件");
    }

    [Fact]
    public void N_T4_none_occurred_and_zero_corrected_and_incomplete_table()
    {
        var none = Check(ReportModelBuilder.Complete2021().WithSection(4, "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"));
        Assert.Equal(2, none.Issues.Count(i => i.RuleId == "N-T4"));

        var zero = Check(ReportModelBuilder.Complete2021().WithSection(5, "行政诉讼实现零败诉。"));
        Assert.Empty(zero.Issues);

        var incomplete = Check(ReportModelBuilder.Complete2021().WithoutTable4());
        Assert.Empty(incomplete.Issues);
        Assert.Contains(incomplete.Undecidable, u => u.RuleId == "N-T4" && u.Reason.Contains("未找到表四", StringComparison.Ordinal));
    }

    [Fact]
    public void N_T2_issued_normative_documents_compare_with_table_二()
    {
        var holds = Check(ReportModelBuilder.Complete2021().WithSection(2, "本年度制发行政规范性文件0件，清理规范性文件5件。"));
        Assert.Empty(holds.Issues);

        var broken = Check(ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.NormativeDocs2021, Table2Layout.Issued, 5).WithSection(2, "本年度制发行政规范性文件4件。"));
        Assert.Equal("正文称“制发行政规范性文件4件”，表二“行政规范性文件—本年制发件数”为5件，前后不一致（差1）", Single(broken, "N-T2").Message);
    }

    [Fact]
    public void N_SUM_itemised_list_must_add_up_and_approximate_lists_are_skipped()
    {
        var broken = Check(ReportModelBuilder.Complete2021().WithSection(2, "主动公开政府信息120条，其中政策文件20条、工作动态98条。"));
        Assert.Equal("正文“主动公开政府信息120条”，各分项合计为118条（20+98），与所称120条不符（差2）", Single(broken, "N-SUM").Message);

        var approximate = Check(ReportModelBuilder.Complete2021().WithSection(2, "主动公开政府信息120余条，其中政策文件20条、工作动态98条。"));
        Assert.Empty(approximate.Issues);
    }

    [Fact]
    public void N_SUM_an_outcome_list_without_row_four_is_undecidable_not_a_sum_error()
    {
        var outcome = Check(ReportModelBuilder.Complete2021().WithoutTable3Row("四").WithSection(3, "共收到政府信息公开申请174件，其中予以公开67件、不予公开7件、无法提供90件。"));

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "N-SUM");
        var undecidable = Assert.Single(outcome.Undecidable, u => u.RuleId == "N-SUM");
        Assert.Contains("未找到表三“四、结转下年度继续办理”行", undecidable.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void N_CONSIST_the_same_quantity_with_two_values()
    {
        var broken = Check(ReportModelBuilder.Complete2021()
            .WithSection(2, "通过“政策解读”栏目发布信息12条。")
            .WithSection(5, "通过“政策解读”栏目发布信息9条。"));

        var issue = Single(broken, "N-CONSIST");
        Assert.Equal("正文先称“通过“政策解读”栏目发布信息12条”，后称“通过“政策解读”栏目发布信息9条”，前后矛盾", issue.Message);
    }

    [Fact]
    public void N_PCT_application_share_tries_三七_then_一()
    {
        var holds = Check(ReportModelBuilder.Complete2021().WithSection(3, "予以公开67件，占38.5%。"));
        Assert.Empty(holds.Issues);

        var broken = Check(ReportModelBuilder.Complete2021().WithSection(3, "予以公开67件，占40.0%。"));
        var issue = Single(broken, "N-PCT");
        Assert.Equal("正文称“予以公开67件，占40.0%”，按表三办理结果总计172件计算应为38.95%（67÷172），与所称40.0%不符", issue.Message);
    }

    [Fact]
    public void N_YOY_needs_the_previous_report_and_grades_direction_and_size()
    {
        var text = "本年度收到政府信息公开申请174件，同比增长20%。";
        var withoutPrevious = Check(ReportModelBuilder.Complete2021().WithSection(3, text));
        Assert.Contains(withoutPrevious.Undecidable, u => u.RuleId == "N-YOY" && u.Reason.Contains("未提供上年度报告", StringComparison.Ordinal));

        var previous = ReportModelBuilder.Complete2021().WithYear(2020).WithTable3Cell("一", 6, 145).Build();
        Assert.Empty(Check(ReportModelBuilder.Complete2021().WithSection(3, text), previous).Issues);

        var wrongSize = Single(Check(ReportModelBuilder.Complete2021().WithSection(3, "本年度收到政府信息公开申请174件，同比增长25%。"), previous), "N-YOY");
        Assert.Equal(Severity.Hint, wrongSize.Severity);
        Assert.Contains("上年报告新收申请为145件、本年为174件，实际增长20.0%", wrongSize.Message, StringComparison.Ordinal);

        var wrongDirection = Single(Check(ReportModelBuilder.Complete2021().WithSection(3, "本年度收到政府信息公开申请174件，同比下降20%。"), previous), "N-YOY");
        Assert.Equal(Severity.General, wrongDirection.Severity);
    }

    [Fact]
    public void N_FEE_unpaid_fee_row_or_fee_words_need_a_statement_in_section_六()
    {
        var unpaid = Check(ReportModelBuilder.Complete2021().WithTable3Cell("三(六)2", 0, 1).WithTable3Cell("三(六)2", 6, 1));
        Assert.Equal("表三有1件因申请人逾期未按收费通知要求缴纳费用而终止处理，但“其他需要报告的事项”未说明信息处理费收取情况", Single(unpaid, "N-FEE").Message);

        var stated = Check(ReportModelBuilder.Complete2021().WithTable3Cell("三(六)2", 6, 1).WithSection(6, "本年度未收取信息处理费。"));
        Assert.Empty(stated.Issues);

        var trial = Check(ReportModelBuilder.Complete2021().WithYear(2020).WithFormat(ReportFormat.Trial2019).WithSection(3, "按规定发出收费通知。"));
        Assert.Empty(trial.Issues);
    }
}
