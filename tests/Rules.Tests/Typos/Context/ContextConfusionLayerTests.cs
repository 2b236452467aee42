using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Context;

namespace ComplianceFns.Rules.Tests.Typos.Context;

public sealed class ContextConfusionLayerTests
{
    private static readonly ContextConfusionLayer Layer = new();

    private static List<TypoHit> Detect(string text)
    {
        var hits = new List<TypoHit>();
        Layer.Detect(text, TypoContext.None, hits);
        return hits;
    }

    // Real sentences of government prose (samples/typo-eval tuning part) with one homophone or shape slip each.
    [Theory]
    [InlineData("是深入开展了爱国卫身运动。", "卫身", "卫生")]         // same pinyin (sheng/shen folded)
    [InlineData("其他财政收支情况京行了审计。", "京行", "进行")]       // front/back nasal
    [InlineData("公开还不金面等问题。", "金面", "全面")]               // shape (rendered glyphs)
    [InlineData("现伐预算制度是现代财政制度的基础。", "现伐", "现代")]   // shape
    [InlineData("深化农村公路管养休制改革，开展农村公路建设。", "休制", "体制")]
    [InlineData("收集各类意见和件议近100条，相关部门逐一答复。", "件议", "建议")]
    public void A_slip_that_leaves_an_unattested_pair_is_corrected_by_context(string text, string wrong, string correct)
    {
        var hit = Assert.Single(Detect(text));

        Assert.Equal((text.IndexOf(wrong, StringComparison.Ordinal), wrong, correct), (hit.Start, hit.Text, hit.Suggestion));
        Assert.Equal(("typo.statistical", Severity.General), (hit.RuleId, hit.Severity));
        Assert.Contains(correct, hit.Reason, StringComparison.Ordinal);
    }

    // Clean real sentences, among them the look-alike correct forms and names no dictionary holds.
    [Theory]
    [InlineData("县人民检察院依法对该案提起公诉。")]
    [InlineData("各单位必须做到应公开尽公开。")]
    [InlineData("依法保障公民的权利义务，规范行政权力运行。")]
    [InlineData("年初制订计划，年底逐项对照检查。")]
    [InlineData("由中埠镇人民政府编制本年度报告。")]          // place name before 镇
    [InlineData("委副书记、县长彭鉴到县民政局调研指导工作。")] // a person's name after a title
    [InlineData("在“津心办”手机APP开设政务公开专栏。")]        // a short quoted term
    [InlineData("副县长胡绍军、王伟、才让出席会议。")]
    [InlineData("发生突发事件的，必须按规定及时报告，不得迟报、漏报、瞒报。")] // parallel coinages sharing 报
    [InlineData("切实做到不推诿、不扯皮、不拖延，限时办结群众诉求。")]           // parallel coinages sharing 不
    public void Clean_sentences_raise_nothing(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Hits_point_into_the_text_and_do_not_overlap()
    {
        var text = string.Concat(Enumerable.Repeat("是深入开展了爱国卫身运动，公开还不金面等问题。", 50));

        var hits = Detect(text);

        Assert.Equal(100, hits.Count);
        Assert.All(hits, h => Assert.Equal(h.Text, text[h.Start..h.End]));
        Assert.All(hits.Zip(hits.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ASCII only, 12345.")]
    [InlineData("\uD800卫身\uDC00运动\uD83D公开")]
    public void Odd_input_gives_no_exception(string text) =>
        Assert.All(Detect(text), h => Assert.Equal(h.Text, text[h.Start..h.End]));

    [Fact]
    public void Folding_joins_flat_and_retroflex_initials_n_and_l_and_the_nasals()
    {
        Assert.Equal(ContextConfusables.Fold("zhen"), ContextConfusables.Fold("zeng"));
        Assert.Equal(ContextConfusables.Fold("shi"), ContextConfusables.Fold("si"));
        Assert.Equal(ContextConfusables.Fold("nan"), ContextConfusables.Fold("lang"));
        Assert.Equal(ContextConfusables.Fold("cun"), ContextConfusables.Fold("chun"));
        Assert.NotEqual(ContextConfusables.Fold("zhong"), ContextConfusables.Fold("zhen"));
        Assert.Contains("全", ContextConfusables.Of('金'), StringComparison.Ordinal);
        Assert.Contains("进", ContextConfusables.Of('京'), StringComparison.Ordinal);
    }
}
