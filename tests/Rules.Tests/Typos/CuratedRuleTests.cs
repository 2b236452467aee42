using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Rules.Tests.Typos;

public sealed class CuratedRuleTests
{
    private static readonly TypoDetector Detector = TypoDetector.CreateDefault();

    private static IReadOnlyList<TypoHit> Detect(string text, TypoContext? context = null) => Detector.Detect(text, context);

    [Theory]
    [InlineData("坚持以习近平新时代中国特色社会主意思想为指导。", "社会主意", "typo.political-formulation")]
    [InlineData("坚定四个自新，做到两个维护。", "四个自新", "typo.political-formulation")]
    [InlineData("深入推进扫黑险恶专项斗争。", "扫黑险恶", "typo.political-formulation")]
    [InlineData("全面推进乡村振新。", "乡村振新", "typo.political-formulation")]
    [InlineData("中华人民共合国宪法", "中华人民共合国", "typo.country-name")]
    [InlineData("石家庄市人民攻府关于禁止销售的通告", "人民攻府", "typo.organ-name")]
    [InlineData("根据国物院的统一部署", "国物院", "typo.organ-name")]
    public void Serious_near_misses_are_found_with_exact_offsets(string text, string wrongPart, string ruleId)
    {
        var hit = Assert.Single(Detect(text), h => h.RuleId == ruleId);
        Assert.Equal(Severity.Serious, hit.Severity);
        Assert.Equal(text[hit.Start..hit.End], hit.Text);
        Assert.Contains(wrongPart, hit.Text + text[hit.End..]);
        Assert.True(hit.Start <= text.IndexOf(wrongPart, StringComparison.Ordinal));
    }

    [Fact]
    public void Misspelling_hit_has_exact_span_and_suggestion()
    {
        var hit = Assert.Single(Detect("对当前工作进行安排布署。"));
        Assert.Equal((9, 11, "布署", "部署", "typo.misspelling", Severity.General), (hit.Start, hit.End, hit.Text, hit.Suggestion, hit.RuleId, hit.Severity));
    }

    [Theory]
    [InlineData("习近平新时代中国特色社会主义思想")]
    [InlineData("中华人民共和国国务院办公厅")]
    [InlineData("坚持党的全面领导，坚持党全面领导的总要求。")]
    [InlineData("重点整治问题高发的领域，初审合格后报送。")]
    [InlineData("相关干部要预防犯罪，全部暑期安排到位。")]
    [InlineData("国办发〔2016〕56号、苏政办发〔2021〕3号")]
    [InlineData("水利部门、外交部部长、文化部门")]
    public void Correct_text_and_look_alikes_raise_nothing(string text) => Assert.Empty(Detect(text, new TypoContext { PageDate = new DateOnly(2024, 1, 1) }));

    [Fact]
    public void Own_organ_name_near_miss_is_serious()
    {
        var context = new TypoContext { OrganName = "牛镇镇人民政府" };
        var hit = Assert.Single(Detect("牛镇镇人民正府召开会议。", context));
        Assert.Equal(("typo.own-organ-name", Severity.Serious, "牛镇镇人民政府"), (hit.RuleId, hit.Severity, hit.Suggestion));
        Assert.Empty(Detect("牛镇镇人民政府召开会议。", context));
    }

    [Theory]
    [InlineData("截止2023年底，共办理120件。", "截止", "截至")]
    [InlineData("截止目前，已全部办结。", "截止", "截至")]
    [InlineData("请登陆政务服务网站办理。", "登陆", "登录")]
    [InlineData("发生有毒气体泄露事故。", "泄露", "泄漏")]
    [InlineData("开展安全检察，确保安全。", "检察", "检查")]
    public void Context_words_are_flagged(string text, string wrong, string suggestion)
    {
        var hit = Assert.Single(Detect(text));
        Assert.Equal((wrong, suggestion, "typo.context-word", text.IndexOf(wrong, StringComparison.Ordinal)), (hit.Text, hit.Suggestion, hit.RuleId, hit.Start));
    }

    [Theory]
    [InlineData("报名截止日期为5月1日。")]
    [InlineData("至2021年11月30日截止，征集意见12条。")]
    [InlineData("截止到2022年底。")]
    [InlineData("报名截止2023年5月1日。")]
    [InlineData("人民检察院检察长出席，检察机关提出检察建议。")]
    [InlineData("泄露国家秘密的，依法追究责任。")]
    public void Correct_real_words_are_not_flagged(string text) => Assert.Empty(Detect(text));

    [Theory]
    [InlineData("各项工作取的新的成效。", "取得")]
    [InlineData("多项工作获的省政府表彰。", "获得")]
    [InlineData("一批文物的到有效保护。", "得到")]
    [InlineData("较好的完成了各项任务。", "地")]
    public void De_di_de_misuse_is_flagged(string text, string suggestion) =>
        Assert.Equal(suggestion, Assert.Single(Detect(text)).Suggestion);

    [Theory]
    [InlineData("采取的措施有效，获取的信息准确。")]
    [InlineData("迎接春天的到来。")]
    [InlineData("发挥了积极的推动作用。")]
    [InlineData("及时、准确地公开政府信息。")]
    public void Correct_de_di_de_is_not_flagged(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Doubled_function_character_is_flagged_with_exact_span()
    {
        var hit = Assert.Single(Detect("过去的的一年"));
        Assert.Equal((2, 4, "的", "typo.doubled-char"), (hit.Start, hit.End, hit.Suggestion, hit.RuleId));
    }

    [Theory]
    [InlineData("的的确确，实实在在，不了了之。")]
    [InlineData("常常、谢谢、天天、人人、渐渐、看看、研究研究")]
    [InlineData("黄河河道、牛镇镇、西街街道、法律法规规定、一一回复、紧紧围绕、层层落实")]
    [InlineData("针对对方的意见，参与与支持。")]
    [InlineData("避免出现年年栽树不见树，村村通硬化路，件件有落实。")]
    [InlineData("兢兢业业、勤勤恳恳、扎扎实实地推进工作，井井有条。")]
    [InlineData("要求各单位……切实做好——尤其是汛期——的值守工作。")]
    public void Real_reduplications_are_not_flagged(string text) => Assert.Empty(Detect(text));

    /// <summary>Content characters typed twice, in sentences of the collected tuning set (samples/typo-eval/tuning.jsonl).</summary>
    [Theory]
    [InlineData("持续推推进各项改革工作。", "推推")]
    [InlineData("加快建设现代化产业业体系。", "业业")]
    public void A_content_character_typed_twice_is_flagged(string text, string pair)
    {
        var hit = Assert.Single(Detect(text), h => h.RuleId == "typo.doubled-char");
        Assert.Equal(pair, hit.Text);
    }

    [Theory]
    [InlineData("各乡镇要高度重视，，切实做好防汛工作。", "，，")]
    [InlineData("现将有关事项通知如下。。", "。。")]
    [InlineData("包括教育、、卫生和民政。", "、、")]
    [InlineData("一是加强领导；；二是压实责任。", "；；")]
    public void A_punctuation_mark_typed_twice_is_a_hint(string text, string marks)
    {
        var hit = Assert.Single(Detect(text));
        Assert.Equal((marks, "typo.doubled-punctuation", Severity.Hint), (hit.Text, hit.RuleId, hit.Severity));
    }

    [Theory]
    [InlineData("依据国发[2016]56号文件", "[2016]", "〔2016〕", "typo.doc-number-format")]
    [InlineData("依据国发（2016）56号文件", "（2016）", "〔2016〕", "typo.doc-number-format")]
    [InlineData("工作要点,具体如下", ",", "，", "typo.half-width-punctuation")]
    [InlineData("印发《实施方案的通知。", "《", "", "typo.unbalanced-bracket")]
    [InlineData("印发实施方案》的通知。", "》", "", "typo.unbalanced-bracket")]
    public void Format_rules_are_hints(string text, string wrong, string suggestion, string ruleId)
    {
        var hit = Assert.Single(Detect(text));
        Assert.Equal((wrong, suggestion, ruleId, Severity.Hint, text.IndexOf(wrong, StringComparison.Ordinal)), (hit.Text, hit.Suggestion, hit.RuleId, hit.Severity, hit.Start));
    }

    [Fact]
    public void Site_terms_are_never_typos()
    {
        var context = new TypoContext { SiteTerms = new HashSet<string> { "布署科技" } };
        Assert.Empty(Detect("布署科技有限公司", context));
    }
}
