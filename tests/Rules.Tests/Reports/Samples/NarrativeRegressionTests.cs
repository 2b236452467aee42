using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>Review 3's narrative inputs on the complete sample: odd numbers, lists, other years, large numerals.</summary>
public sealed class NarrativeRegressionTests
{
    private const string Applications = "共受理依申请公开政府信息174件";
    private const string Platform = "“网上办”比例达到90%以上";

    [Theory]
    [InlineData(Applications, "共受理依申请公开政府信息99999999999999999999999999999999件")]
    [InlineData(Applications, "共受理依申请公开政府信息١٧٤件")]
    [InlineData(Platform, "“网上办”比例达到٩٠%以上")]
    [InlineData(Platform, "“网上办”比例达到99999999999999999999999999999999%以上")]
    public void An_odd_number_in_the_prose_is_skipped_never_a_crash(string old, string replacement)
    {
        var outcome = EditedSample.Check((old, replacement));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
    }

    [Theory]
    [InlineData("信息١٧٤件")]
    [InlineData("信息99999999999999999999件")]
    public void Unicode_digits_and_overlong_runs_are_no_counts(string text) => Assert.Empty(ProseNumbers.Find(text));

    [Theory]
    [InlineData("达到٩٠%")]
    [InlineData("达到99999999999999999999%")]
    public void Unicode_digits_and_overlong_runs_are_no_percentages(string text) => Assert.Empty(ProseNumbers.FindPercentages(text));

    [Theory]
    [InlineData("共受理依申请公开政府信息一百七十四件")]
    [InlineData("共受理依申请公开政府信息一千零七件")]
    public void A_numeral_in_the_hundreds_is_not_read_as_its_last_digits(string replacement)
    {
        var findings = EditedSample.Findings(EditedSample.Check((Applications, replacement)));

        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
        Assert.Empty(ProseNumbers.Find(replacement));
    }

    [Fact]
    public void A_reply_count_listed_after_the_received_count_is_compared_with_the_outcome_total()
    {
        var findings = EditedSample.Findings(EditedSample.Check(
            ("2021年,我单位共受理依申请公开政府信息174件,", "我单位共收到政府信息公开申请174件、办结172件、结转下年度2件,")));

        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
    }

    [Fact]
    public void A_wrong_reply_count_in_a_list_names_the_outcome_total()
    {
        var findings = EditedSample.Findings(EditedSample.Check(
            ("2021年,我单位共受理依申请公开政府信息174件,", "我单位共收到政府信息公开申请174件、办结170件、结转下年度2件,")));

        var issue = Assert.Single(findings);
        Assert.Equal(("N-APP", "三(七)", "172", "170"), (issue.RuleId, issue.Row, issue.Expected, issue.Actual));
        Assert.Equal("正文称“办结170件”，表三“（七）总计”总计为172件，前后不一致（差2）", issue.Message);
    }

    [Theory]
    [InlineData("我单位2020年共收到政府信息公开申请150件,2021年共收到174件,")]
    [InlineData("我单位共受理依申请公开政府信息174件,2020年收到申请150件,")]
    [InlineData("我单位共受理依申请公开政府信息174件,上年同期收到申请150件,")]
    [InlineData("我单位共受理依申请公开政府信息174件,去年收到申请150件,")]
    public void A_count_of_another_year_is_not_compared_with_this_years_table(string replacement)
    {
        var findings = EditedSample.Findings(EditedSample.Check(("2021年,我单位共受理依申请公开政府信息174件,", replacement)));

        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
    }

    [Fact]
    public void This_years_wrong_count_is_still_found_beside_last_years()
    {
        var findings = EditedSample.Findings(EditedSample.Check(
            ("2021年,我单位共受理依申请公开政府信息174件,", "我单位2020年共收到政府信息公开申请150件,2021年共收到政府信息公开申请175件,")));

        var issue = Assert.Single(findings);
        Assert.Equal(("N-APP", "一", "174", "175"), (issue.RuleId, issue.Row, issue.Expected, issue.Actual));
    }

    public static TheoryData<string> AdversarialLines() =>
    [
        "共收到申请" + string.Concat(Enumerable.Range(0, 30_000).Select(i => $"予以公开{i}件、")) + "。",
        "共收到申请" + string.Concat(Enumerable.Range(0, 30_000).Select(i => $"予以公开 {i} 件 ")) + "。",
        string.Concat(Enumerable.Repeat("收到申请1件,其中予以公开1件(含上年结转1件,占5%", 12_000)),
        string.Concat(Enumerable.Repeat("全部办结，无结转。同比增长5%。均为自然人申请。", 12_000)),
    ];

    [Theory]
    [MemberData(nameof(AdversarialLines))]
    public void A_400_KB_adversarial_narrative_is_checked_in_bounded_time_with_bounded_findings(string line)
    {
        var text = EditedSample.Text(("受理渠道有当面、网络及信函申请。", "受理渠道有当面、网络及信函申请。\n" + line + "\n"));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) > 400_000, $"only {text.Length} characters");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outcome = EditedSample.CheckText(text);
        watch.Stop();

        // 1–7 s on an idle machine (2026-12-08); it failed at 20 s under a load of 15. A quadratic scan takes far longer.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.All(outcome.Issues.GroupBy(i => i.RuleId), g => Assert.True(g.Count() <= ReportCheckContext.MaxPerRule + 1, $"{g.Key}: {g.Count()}"));
        Assert.All(outcome.Issues, i => Assert.True(i.Message.Length < 400, i.Message));
        Assert.All(outcome.Undecidable.GroupBy(u => u.RuleId), g => Assert.True(g.Count() <= ReportCheckContext.MaxPerRule + 1, g.Key));
    }

    [Fact]
    public void Issues_over_the_limit_of_a_rule_are_summed_up_in_one_closing_issue()
    {
        var line = "共收到申请" + string.Concat(Enumerable.Range(100, 30).Select(i => $"予以公开{i}件、")) + "。";
        var outcome = EditedSample.Check(("受理渠道有当面、网络及信函申请。", "受理渠道有当面、网络及信函申请。\n" + line + "\n"));

        var outcomes = outcome.Issues.Where(i => i.RuleId == "N-OUT").ToList();
        Assert.Equal(ReportCheckContext.MaxPerRule + 1, outcomes.Count);
        Assert.Equal("同类问题另有10处未逐一列出（每份报告每条规则最多列出20处），请通篇核对", outcomes[^1].Message);
    }

    private const string Received = "2021年,我单位共受理依申请公开政府信息174件,";

    [Fact]
    public void Outcomes_listed_under_the_received_count_add_up_with_the_carried_over_applications()
    {
        var outcome = EditedSample.Check((Received, "我单位共收到政府信息公开申请174件,其中予以公开67件,不予公开7件,无法提供93件,不予处理5件,"));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId == "N-SUM");
    }

    [Fact]
    public void Outcomes_that_do_not_add_up_even_with_the_carried_over_applications_are_N_SUM_naming_row_four()
    {
        var outcome = EditedSample.Check((Received, "我单位共收到政府信息公开申请174件,其中予以公开67件,不予公开7件,无法提供92件,不予处理5件,"));

        var issue = Assert.Single(outcome.Issues, i => i.RuleId == "N-SUM");
        Assert.Equal(Findings.Severity.General, issue.Severity);
        Assert.EndsWith("各分项合计为171件（67+7+92+5），加表三“四、结转下年度继续办理”2件为173件，与所称174件不符（差1）", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_broken_down_with_的N件中_is_not_a_sibling_item()
    {
        const string nested = "我单位共收到政府信息公开申请174件,其中予以公开67件,不予公开的7件中属于保护第三方合法权益的2件、属于三类内部事务信息的1件,无法提供93件,不予处理5件,";

        var outcome = EditedSample.Check((Received, nested));

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "N-SUM");
        var list = Assert.Single(ItemisedLists.Find(nested));
        Assert.Equal([67m, 7m, 93m, 5m], list.Items.Select(i => i.Count.Value));
    }

    /// <summary>Sentences of real reports (samples/annual-reports/tuning/), placed in the complete sample's section 二.</summary>
    [Theory]
    [InlineData("2024年,政府门户网站主动公开信息3546条,其中,政策文件及政策解读信息12条,政务动态类信息752条。", false)]
    [InlineData("2023年,共受理政府信息依申请公开385件,其中6件结转下一年度办理,其余全部按时办结;处理涉及政府信息公开行政复议3件,行政诉讼14件。", false)]
    [InlineData("政府门户网站发布各类工作动态、公示公告等主动公开信息73条。其中乡镇动态3条、文件类信息公开31条、其他重要信息39条。另外,我乡微信公众号发布信息71条。", false)]
    [InlineData("在县政府门户网站主动公开政务信息共6931条,其中概况类信息124条,政务动态信息2239条,信息公开目录信息2009条。", true)]
    [InlineData("主动公开政府信息80条,其中工作动态50条、通知公告20条、其他信息9条。", true)]
    public void A_list_short_of_its_total_is_N_SUM_only_when_it_names_every_part(string sentence, bool flagged)
    {
        var outcome = EditedSample.Check(("主动公开各类政府信息6000余条。", "主动公开各类政府信息6000余条。" + sentence));

        Assert.Equal(flagged, outcome.Issues.Any(i => i.RuleId == "N-SUM"));
    }

    [Theory]
    [InlineData("通过门户网站政策解读栏目发布解读15篇。", "全年在政策解读专栏发布解读材料12篇。", true)]
    [InlineData("通过区政府网站“政务动态”栏目发布信息320条。", "在政务动态专栏共公开各类信息298条。", true)]
    [InlineData("通过微信公众号推送信息120条。", "全年在政务微博发布信息80条。", false)]
    [InlineData("通过门户网站政策解读栏目发布解读15篇。", "上半年在政策解读专栏发布解读材料7篇。", false)]
    [InlineData("通过门户网站政策解读栏目发布解读15篇。", "在政策解读专栏发布图片解读6篇。", false)]
    [InlineData("一是旗政府网站方面,年内共发布各类信息2968条。", "二是旗蒙文网站方面,年内发布各类信息854条。", false)]
    [InlineData("一是旗政府网站方面,年内共发布各类信息2968条。", "旗政府网站方面,年内共发布各类信息2986条。", true)]
    public void One_channel_and_thing_counted_twice_in_other_words_is_N_CONSIST(string first, string second, bool flagged)
    {
        var outcome = EditedSample.Check(("主动公开各类政府信息6000余条。", "主动公开各类政府信息6000余条。" + first), ("及时发现和纠正错情。", "及时发现和纠正错情。" + second));

        Assert.Equal(flagged, outcome.Issues.Any(i => i.RuleId == "N-CONSIST"));
    }

    [Theory]
    [InlineData("2023年,我镇受理依申请公开1件,上年结转0件,办件0件,结转下年度继续办理0件。", true)]
    [InlineData("2023年,我镇受理依申请公开3件,上年结转1件,办结3件,结转下年度继续办理1件。", false)]
    [InlineData("2023年,我镇受理依申请公开3件,办结2件,结转下年度继续办理0件。", false)]
    public void A_sentence_stating_the_whole_application_balance_must_balance(string sentence, bool flagged)
    {
        var outcome = EditedSample.Check(("主动公开各类政府信息6000余条。", "主动公开各类政府信息6000余条。" + sentence));

        Assert.Equal(flagged, outcome.Issues.Any(i => i.RuleId == "N-CARRY" && i.Message.Contains("前后不平", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_blank_总计_is_compared_through_its_applicant_columns_and_says_so()
    {
        var outcome = EditedSample.Check(
            ("(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | 67 |", "(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | |"),
            ("予以答复。", "予以答复。办理结果方面，予以公开60件。"));

        var issue = Assert.Single(outcome.Issues, i => i.RuleId == "N-OUT");
        Assert.Equal("正文称“予以公开60件”，表三“（一）予以公开”总计为67件（“总计”列未填，按各类申请人合计），前后不一致（差7）", issue.Message);
        Assert.Contains(outcome.Issues, i => i.RuleId == "T3-ROW" && i.Row == "三(一)");
    }

    [Fact]
    public void 均获维持_after_both_review_and_litigation_counts_covers_all_three_groups()
    {
        // As samples/annual-reports/held-out/2019-shanghai-szfbgt words it; the sample's 表四 has 复议后起诉 尚未审结 4.
        var outcome = EditedSample.Check(("予以答复。", "予以答复。信息公开类行政复议6件，诉讼5件，均获维持。"));

        Assert.Contains(outcome.Issues, i => i.RuleId == "N-T4" && i.Message.Contains("均获维持", StringComparison.Ordinal));
    }
}
