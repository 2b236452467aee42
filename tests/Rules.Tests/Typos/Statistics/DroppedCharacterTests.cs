using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>
/// A common word or set phrase of government prose written without one of its interior characters (基础设施 → 基设施):
/// real sentences from published documents (the evaluation set's tuning part) are flagged with the whole phrase, and
/// correct sentences whose words look like such a remnant raise nothing.
/// </summary>
public sealed class DroppedCharacterTests
{
    private static List<TypoHit> Detect(string text)
    {
        var hits = new List<TypoHit>();
        new StatisticalLayer().Detect(text, TypoContext.None, hits);
        return hits;
    }

    [Theory]
    [InlineData("1、切实提高政治站位，慎终如始精准抓好疫防控工作。", "疫防控", "疫情防控", "情")]
    [InlineData("2015年，是我省经社会发展经受严峻考验、取得丰硕成果的一年。", "经社会", "经济社会", "济")]
    [InlineData("2018年初，我局调整充实了信息公开领小组成员，由县农业信息中心具体负责政务公开工作。", "领小组", "领导小组", "导")]
    [InlineData("（二）规范政府信息依请公开。", "依请公开", "依申请公开", "申")]
    [InlineData("健全省政府党组成员专题领学和集中学习常化制度，深入学习贯彻习近平法治思想。", "常化", "常态化", "态")]
    [InlineData("一是加强组领导，强化信息公开制度建设。", "组领导", "组织领导", "织")]
    [InlineData("编制自治区层面设定的行许可事项清单和行政备案事项清单并向社会公开。", "行许可", "行政许可", "政")]
    [InlineData("各部门单位不断加强预算管理，严控一般性支出，预算执行规化程度进一步提高。", "规化", "规范化", "范")]
    public void A_phrase_missing_one_interior_character_is_flagged_with_the_whole_phrase(string text, string written, string phrase, string missing)
    {
        var hit = Assert.Single(Detect(text), h => h.Text == written);

        Assert.Equal(phrase, hit.Suggestion);
        Assert.Equal(written, text[hit.Start..hit.End]);
        Assert.Equal((StatisticalLayer.RuleId, Severity.General), (hit.RuleId, hit.Severity));
        Assert.Contains($"漏了“{missing}”字", hit.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第二条全盟行政区域内新建项目应当依法办理审批手续。")]          // numbers differ without a slip
    [InlineData("提高政务服务事项的信息量、完整性、时效性。")]                // the remnant is itself a word
    [InlineData("上乡认真贯彻落实县府办关于做好政府信息公开工作的通知。")]
    [InlineData("农村支农惠农体系不完善，农村金融改革任务依然繁重。")]        // reads better without the character
    [InlineData("现将2022年预算执行情况和2023年预算草案提请审议。")]
    [InlineData("对决策程序另有规定的，依照其规定。")]
    [InlineData("严格国土空间用途管制和强化国土空间规划管理。")]
    [InlineData("改善学生环境，持续推进疫情防控和经济社会发展。")]            // 学生 holds the 生 of 生态环境
    [InlineData("加强组织领导，规范政府信息依申请公开，推进政务公开常态化、标准化、规范化。")]
    public void Correct_sentences_whose_words_look_like_a_remnant_raise_nothing(string text)
    {
        Assert.DoesNotContain(Detect(text), h => h.Reason.Contains("漏了", StringComparison.Ordinal));
    }
}
