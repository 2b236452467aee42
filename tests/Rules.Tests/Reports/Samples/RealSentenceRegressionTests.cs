using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// Wordings of real reports that the checks first got wrong (samples/annual-reports/held-out and held-out-2, after
/// their first scoring), each in a short report of its own: the rule must keep reading them right.
/// </summary>
public sealed class RealSentenceRegressionTests
{
    private const string Sections = "\n一、总体情况\n本机关认真贯彻落实《条例》。\n二、主动公开政府信息情况\n第二十条第(一)项\n三、收到和处理政府信息公开申请情况\n本年度共收到申请3件。";

    private static ReportCheckOutcome Check(string head, string body = Sections) =>
        AnnualReportChecker.Default.Check(AnnualReportReader.Read(head + body, "x.txt", year: 2020));

    [Theory]
    [InlineData("本报告包括概述,主动公开政府信息情况,依申请公开信息情况,政府信息公开复议、诉讼情况,和存在的主要问题及改进情况六个方面内容。", true)]
    [InlineData("本报告由总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、政府信息公开被申请行政复议提起行政诉讼情况、乡镇信息公开的建议和下一步工作思考、其他需要报告的事项等六部分组成。", false)]
    [InlineData("全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分。", true)]
    public void A_preamble_announcing_parts_is_read_by_its_count_and_its_list(string preamble, bool flagged)
    {
        var outcome = Check("某乡2020年政府信息公开工作年度报告\n" + preamble);

        Assert.Equal(flagged, outcome.Issues.Any(i => i.RuleId == "S-PARTCOUNT"));
    }

    [Theory]
    // samples/annual-reports/held-out-7/2024-heping-heshui: the format's six parts, one of them "行政复议、行政诉讼情况".
    [InlineData("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项7个部分组成。", "导语称“7个部分组成”，但列出了6部分")]
    [InlineData("全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项5个部分组成。", "导语称“5个部分组成”，但列出了6部分")]
    public void A_count_after_a_list_opened_by_由_is_read_and_the_review_and_litigation_part_is_one_part(string preamble, string message)
    {
        var outcome = Check("某镇2020年政府信息公开工作年度报告\n" + preamble);

        Assert.Contains(outcome.Issues, i => i.RuleId == "S-PARTCOUNT" && i.Message == message);
    }

    [Theory]
    // held-out-7/2019-renshou-zhongxiang: the bracket around "其中" closes the list.
    [InlineData("我镇在县人民政府外网主动公开政府信息数13条(其中:乡镇动态11条,财政预算决算2条);在大美仁寿APP公开发布内容26条;在信息公示栏、宣传展板、工作手册公开内容145条。")]
    [InlineData("全年在门户网站公开信息20条（其中：通知公告12条、工作动态8条），在政务公众号发布信息35条，在村务公开栏张贴10条。")]
    // held-out-7/2024-fuxian-county: the list may end at a count of something else (3期).
    [InlineData("主动公开各类信息2406条,其中政务动态1215条,政府信息公开类1129条,概况类信息62条,开展网上调查、民意征集3期,受理市长信箱来信7件,全部予以答复。")]
    [InlineData("全年公开信息150条，其中政策文件40条、工作动态110条，举办政府开放日活动2场，收到意见建议6件。")]
    // held-out-7/2022-changan-paoli: writers count in the clause after the list (回复群众诉求11件).
    [InlineData("2022年度共计公开各类信息236条,其中政府网站发布工作动态27条,微信公众号发布信息198条,回复群众诉求11件。")]
    [InlineData("全年共发布信息200条，其中门户网站发布150条，公众号发布45条，答复网民留言5条。")]
    // held-out-7/2025-wuxi-anzhen: 以及 brings in the last item of a list without a marker.
    [InlineData("全年累计公开信息59条,内容涵盖政务信息12条、基层政务8条、工作动态29条、通知公告3条、锡山区政府开放月活动集锦6条以及涉企行政检查公示1条。")]
    [InlineData("全年累计公开信息100条，政务动态60条、通知公告30条、工作信息8条和人事信息2条。")]
    public void A_list_that_adds_up_under_one_reading_is_no_mismatch(string sentence)
    {
        var outcome = Check("某镇2020年政府信息公开工作年度报告\n", Sections + sentence);

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "N-SUM");
    }

    [Theory]
    // held-out-8/2022-lipu-city: the counter word changes (条 → 份) where the list ends.
    [InlineData("2022年通过政府网站主动公开信息5767条,其中重点领域信息3683条,其他信息2084条,主动公开文件597份,发布政策解读14篇。")]
    [InlineData("全年公开信息300条，其中工作动态200条，通知公告100条，印发文件30份。")]
    // held-out-8/2023-linzhou: a clause about what was received starts another statement.
    [InlineData("2023年度主动公开政府信息5648条。其中,信息公开目录信息4804条、政务动态信息838条、概况类信息6条,互动交流留言收到1465条、办结1213条、公开答复24条。")]
    [InlineData("全年主动公开信息120条，其中政务动态100条、通知公告20条，网民留言受理45条、答复45条。")]
    public void A_list_that_ends_where_its_counter_or_its_subject_changes_is_no_mismatch(string sentence)
    {
        var outcome = Check("某镇2020年政府信息公开工作年度报告\n", Sections + sentence);

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "N-SUM");
    }

    [Theory]
    // held-out-8/2022-haikou-yjs and 2022-hekou-qiaotou: page chrome before the title.
    [InlineData("您现在的位置: 首页 >> 信息公开 >> 市政府研究室 >> 信息公开年度报告\n名  称: 海口市人民政府研究室2022年政府信息公开工作年度报告\n", "海口市人民政府研究室2022年政府信息公开工作年度报告")]
    [InlineData("  • 部门信息公开工作年度报告\n  • 发布日期\n河口县桥头乡2022年政府信息公开工作年度报告\n", "河口县桥头乡2022年政府信息公开工作年度报告")]
    [InlineData("当前位置：首页 > 政府信息公开 > 年度报告\n某县统计局2023年政府信息公开工作年度报告\n", "某县统计局2023年政府信息公开工作年度报告")]
    public void Breadcrumbs_navigation_bullets_and_metadata_labels_are_not_the_title(string head, string title)
    {
        var outcome = Check(head);

        Assert.Equal(title, outcome.Report.Title);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-TITLE");
    }

    [Fact]
    public void A_sentence_announcing_the_report_is_not_its_title()
    {
        // held-out-2/2022-hanyang-zfb: the preamble's sentence names the report but ends in a colon.
        var outcome = Check("根据《中华人民共和国政府信息公开条例》和政府信息公开工作的有关要求,现将我办2022年度政府信息公开情况报告如下:\n");

        Assert.Null(outcome.Report.Title);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-TITLE" && i.Message.Contains("未使用规范名称", StringComparison.Ordinal));
    }

    [Theory]
    // held-out-8/2025-nantong-chongchuan-sjj: the copy stops at a bare item number.
    [InlineData("(四)")]
    [InlineData("（五）")]
    [InlineData("3.")]
    public void A_text_ending_on_a_bare_item_number_is_cut_there(string last)
    {
        var outcome = Check("某县数据局2025年政府信息公开工作年度报告\n", "\n一、总体情况\n(一)主动公开情况。\n全年主动公开信息30条。\n" + last);

        Assert.Contains(outcome.Issues, i => i.RuleId == "S-TRUNCATED" && i.Message.Contains($"小标题“{last}”之后中断", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-SECTIONS");
    }

    [Theory]
    [InlineData("全年在门户网站公开信息20条（其中：通知公告12条、工作动态9条），在政务公众号发布信息35条，在村务公开栏张贴10条。", 21)]
    [InlineData("全年累计公开信息100条，政务动态60条、通知公告30条、工作信息8条和人事信息3条。", 101)]
    public void The_same_lists_with_a_wrong_part_are_still_a_mismatch(string sentence, int sum)
    {
        var outcome = Check("某镇2020年政府信息公开工作年度报告\n", Sections + sentence);

        Assert.Contains(outcome.Issues, i => i.RuleId == "N-SUM" && i.Message.Contains($"各分项合计为{sum}条", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("长桥乡2019年政府信息公开年度工作报告")]
    [InlineData("重庆市合川区二郎镇人民政府2019年政府信息公开工作报告")]
    [InlineData("宁强县自然资源局关于2021年度政府信息公开情况的报告")] // held-out-9/2021-ningqiang-zrzy
    [InlineData("某县市场监督管理局2023年度政务信息公开工作情况报告")]
    public void A_title_with_a_non_standard_name_is_found_and_named(string title)
    {
        var outcome = Check(title + "\n本报告依据《条例》编制。");

        Assert.Equal(title, outcome.Report.Title);
        Assert.Contains(outcome.Issues, i => i.RuleId == "S-TITLE" && i.Message.Contains("未使用规范名称", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_from_last_year_is_no_total_of_the_items_after_it()
    {
        var outcome = Check("某区2020年政府信息公开工作年度报告\n", Sections + "收到申请数量较上一年度增加42件,其中通过信函申请39件,占83%,网络申请7件,当面申请1件,传真申请0件。");

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId is "N-SUM" or "N-PCT");
    }

    [Fact]
    public void A_period_run_together_without_a_range_word_is_unreadable()
    {
        var outcome = Check("某镇2020年政府信息公开工作年度报告\n报告中所列数据统计期限为2020111231日。");

        Assert.Contains(outcome.Issues, i => i.RuleId == "S-PERIOD" && i.Message.Contains("无法识别为有效日期", StringComparison.Ordinal));
    }

    [Fact]
    public void Shares_of_one_whole_are_checked_against_the_sum_of_their_counts()
    {
        // samples/annual-reports/held-out-2/2020-chengxiang-changtai-town: 6/32 = 18.75 % printed as 18 %.
        const string shares = "在我镇主动公开的信息中,机构职能类信息6条,占总体比例的18%;为民办实事类信息1条,占总体比例的3%;民政扶贫救灾社会保障就业类信息7条,占总体比例的21%;工作动态类信息18条,占总体比例的56%。";

        var outcome = Check("某镇2020年政府信息公开工作年度报告\n", Sections + shares);

        var issues = outcome.Issues.Where(i => i.RuleId == "N-PCT").ToList();
        Assert.Equal(2, issues.Count);
        Assert.Contains("按各项合计32条计算应为18.75%（6÷32），与所称18%不符", issues[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本报告由总体情况、…、其他需要报告的事项等六部分组成,涵盖2020年1月1日至12月21日本县政府信息公开工作情况。", "12月21日")]
    [InlineData("統計數據時限為202011日至1231日。", "无法识别")]
    public void A_period_is_read_after_涵盖_and_统计数据时限(string sentence, string expected)
    {
        var outcome = Check("某县2020年政府信息公开工作年度报告\n" + sentence);

        Assert.Contains(outcome.Issues, i => i.RuleId == "S-PERIOD" && i.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_seven_parts_announced_as_seven_is_not_the_formats_six()
    {
        var outcome = Check("某乡2021年政府信息公开工作年度报告\n本报告由概述、主动公开情况、依申请公开和不予公开情况、政务公开的收费及减免情况、复议诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等7个部分组成。");

        var issue = Assert.Single(outcome.Issues, i => i.RuleId == "S-PARTCOUNT");
        Assert.Equal("导语称“等7个部分组成”，与年报格式规定的六部分不符", issue.Message);
    }

    [Fact]
    public void A_number_without_unit_before_包括_is_the_total_so_the_list_is_not_read()
    {
        var outcome = Check("某局2023年政府信息公开工作年度报告\n", Sections + "全年主动公开政府信息219条。其中:机构职能类1条,财政类信息11条,其他类170包括社会保障类127条,就业创业类36条,农民工服务保障类5条,人才人事类2条。");

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "N-SUM" && i.Message.Contains("11条", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_body_without_part_headings_that_breaks_off_is_truncated_not_missing_six_parts()
    {
        var body = "\n(一)主动公开方面。2023年,通过省政府门户网站主动公开各类信息。" + new string('开', 300) + "\n(二)依申请公开方面。严格执行《条例》,强化服务理念,坚持依法办理、规范";

        var outcome = Check("某省人民政府2023年政府信息公开工作年度报告\n本报告依据《条例》编制。", body);

        Assert.Single(outcome.Issues, i => i.RuleId == "S-TRUNCATED");
        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-SECTIONS" && i.Severity == Findings.Severity.Serious);
    }

    [Fact]
    public void A_table2_block_label_without_its_第_is_a_label_slip_and_the_cut_last_line_is_not()
    {
        // samples/annual-reports/held-out-2/2019-dazhu-chuanzhu-township prints "第二十条(五)项".
        var body = "\n一、总体情况\n本乡认真贯彻落实《条例》。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n第二十条(五)项 |\n行政许可 | 0 | 0 | 0 |\n第二十条第(八)";

        var outcome = Check("某乡2019年政府信息公开工作年度报告", body);

        var issue = Assert.Single(outcome.Issues, i => i.RuleId == "S-LABEL");
        Assert.Equal(("第二十条第(五)项", "第二十条(五)项"), (issue.Expected, issue.Actual));
    }

    [Fact]
    public void A_report_naming_itself_with_another_year_in_its_preamble_has_that_title()
    {
        // samples/annual-reports/held-out-2/2021-zoucheng-tianhuang-town: the 2021 report calls itself the 2020 one.
        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(
            "根据《中华人民共和国政府信息公开条例》规定,我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》。本报告统计期限自2021年1月1日起至12月31日止。" + Sections, "x.txt", year: 2021));

        Assert.Equal("田黄镇2020年政府信息公开工作年度报告", outcome.Report.Title);
        Assert.Contains(outcome.Issues, i => i.RuleId == "S-PERIOD" && i.Message.Contains("2020", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("通过政府门户网站信息公开平台共发布政府信息79603条,其中:会议信息220条,政策文件3302件,意见征集799件,建议提案2768件,其他信息72514条。", false)]
    [InlineData("平台主动公开政府信息6391条,其中概况类信息1105条;政务动态类信息2896条;政府文件、工作报告、财务预决算、重大事件等民众关心的其他信息共计2004条。", true)]
    public void Lists_count_documents_in_any_counter_and_end_on_a_residual_class(string sentence, bool flagged)
    {
        // samples/annual-reports/held-out-3: 2024-lishui-city (adds up across 条 and 件), 2020-shanyang-county (6005 ≠ 6391).
        var outcome = Check("某市2024年政府信息公开工作年度报告\n", Sections + sentence);

        Assert.Equal(flagged, outcome.Issues.Any(i => i.RuleId == "N-SUM"));
    }

    [Fact]
    public void An_unreadable_end_date_of_the_data_is_an_unreadable_period()
    {
        var outcome = Check("某镇2020年政府信息公开工作年度报告\n本报告所列数据截止日期为20201231日。");

        Assert.Contains(outcome.Issues, i => i.RuleId == "S-PERIOD" && i.Message.Contains("无法识别为有效日期", StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_whose_last_日_is_left_off_is_still_read()
    {
        // samples/annual-reports/held-out-5/2023-haicheng-xiliu: "统计期限从2023年1月1日至12月31止".
        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read("某镇2023年政府信息公开工作年度报告\n本报告统计期限从2023年1月1日至12月31止。" + Sections, "x.txt", year: 2023));

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId == "S-PERIOD");
        Assert.Equal(new DateOnly(2023, 12, 31), outcome.Report.Period!.End);
    }
}
