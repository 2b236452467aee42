using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Rules.Tests.Reports.Publication;

public sealed class NarrativeSimilarityTests
{
    private const string Report2022 = """
        一、总体情况
        2022年，本单位认真贯彻落实政府信息公开条例，围绕优化营商环境和乡村振兴等重点工作，全年主动公开政府信息1354条。
        二、主动公开政府信息情况
        第二十条第（一）项	制发件数	本年新增	现行有效
        规章	0	0	0
        行政规范性文件	5	2	12
        三、存在的主要问题及改进情况
        政策解读形式还不够丰富，部分栏目更新不够及时。下一步将加强督促检查，提升公开质量，完善考核评议机制。
        """;

    private const string Copied2023 = """
        一、总体情况
        2023年，本单位认真贯彻落实政府信息公开条例，围绕优化营商环境和乡村振兴等重点工作，全年主动公开政府信息1361条。
        二、主动公开政府信息情况
        第二十条第（一）项	制发件数	本年新增	现行有效
        规章	0	0	0
        行政规范性文件	7	3	15
        三、存在的主要问题及改进情况
        政策解读形式还不够丰富，部分栏目更新不够及时。下一步将加强督促检查，提升公开质量，完善考核评议机制。
        """;

    private const string Rewritten2023 = """
        一、总体情况
        二〇二三年，县政府聚焦重大项目建设和民生保障，新开设“惠企政策直通车”专栏，集中发布涉企扶持政策及申报指南，并邀请企业代表参与政策解读。
        三、存在的主要问题及改进情况
        基层政务公开标准化目录动态调整滞后，个别乡镇公开事项颗粒度不细。明年将组织专项培训，推行公开目录季度复核制度。
        """;

    [Fact]
    public void Numbers_and_table_rows_are_removed_from_the_narrative()
    {
        var narrative = NarrativeSimilarity.Narrative(Report2022);

        Assert.DoesNotContain("2022", narrative);
        Assert.DoesNotContain("规章", narrative);
        Assert.DoesNotContain("总体情况", narrative); // a heading line, the same in every report
        Assert.StartsWith("年本单位认真贯彻落实", narrative);
    }

    [Fact]
    public void A_report_copied_with_new_figures_is_identical_in_narrative()
    {
        var similarity = NarrativeSimilarity.Similarity(NarrativeSimilarity.Narrative(Report2022), NarrativeSimilarity.Narrative(Copied2023));

        Assert.Equal(1.0, similarity);
        Assert.Equal(100, NarrativeSimilarity.Percent(similarity!.Value));
    }

    [Fact]
    public void A_rewritten_report_is_far_below_the_threshold()
    {
        var similarity = NarrativeSimilarity.Similarity(NarrativeSimilarity.Narrative(Report2022), NarrativeSimilarity.Narrative(Rewritten2023));

        Assert.NotNull(similarity);
        Assert.InRange(similarity!.Value, 0, 0.3);
    }

    [Fact]
    public void One_changed_sentence_lowers_the_similarity_but_stays_high()
    {
        var edited = Copied2023.Replace("完善考核评议机制", "健全公开工作年度考核办法", StringComparison.Ordinal);

        var similarity = NarrativeSimilarity.Similarity(NarrativeSimilarity.Narrative(Report2022), NarrativeSimilarity.Narrative(edited))!.Value;

        Assert.InRange(similarity, 0.8, 0.99);
    }

    [Fact]
    public void Too_short_a_text_is_not_judged()
    {
        Assert.Null(NarrativeSimilarity.Similarity(NarrativeSimilarity.Narrative("正文见附件。本报告电子版可在政府网站下载查看。"), NarrativeSimilarity.Narrative(Report2022)));
    }

    [Fact]
    public void Percent_rounds_down()
    {
        Assert.Equal(99, NarrativeSimilarity.Percent(0.996));
        Assert.Equal(90, NarrativeSimilarity.Percent(0.9));
    }
}
