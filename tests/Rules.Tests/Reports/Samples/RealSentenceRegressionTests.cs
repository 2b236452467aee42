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
    [InlineData("长桥乡2019年政府信息公开年度工作报告")]
    [InlineData("重庆市合川区二郎镇人民政府2019年政府信息公开工作报告")]
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
