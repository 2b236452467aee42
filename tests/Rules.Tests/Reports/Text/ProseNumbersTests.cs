using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Tests.Reports.Text;

public sealed class ProseNumbersTests
{
    [Fact]
    public void Arabic_count_with_unit_is_found_with_its_sentence_and_offset()
    {
        const string text = "2021年,我单位共受理依申请公开政府信息174件,受理渠道有当面、网络及信函申请。受理的申请均在时限内答复。";

        var number = Assert.Single(ProseNumbers.Find(text));

        Assert.Equal(174m, number.Value);
        Assert.Equal("件", number.Unit);
        Assert.False(number.IsApproximate);
        Assert.Equal("174件", number.Text);
        Assert.Equal(text.IndexOf("174件", StringComparison.Ordinal), number.Offset);
        Assert.Equal("2021年,我单位共受理依申请公开政府信息174件,受理渠道有当面、网络及信函申请。", number.Sentence);
    }

    [Theory]
    [InlineData("累计共出现两起结果纠正的行政复议案件", 2, "起")]
    [InlineData("收到申请十二件", 12, "件")]
    [InlineData("办结二十件", 20, "件")]
    [InlineData("发布信息九十九条", 99, "条")]
    [InlineData("行政复议零件", 0, "件")]
    [InlineData("举办新闻发布会三场", 3, "场")]
    [InlineData("出席共计25人次", 25, "人次")]
    [InlineData("出现一起行政复议案件", 1, "起")]
    public void Chinese_numerals_and_units_are_read(string text, int value, string unit)
    {
        var number = Assert.Single(ProseNumbers.Find(text));

        Assert.Equal(value, number.Value);
        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    [InlineData("主动公开各类政府信息6000余条", 6000)]
    [InlineData("收到申请二十余件", 20)]
    [InlineData("发布信息100多条", 100)]
    [InlineData("发布信息约300条", 300)]
    [InlineData("回复近50件", 50)]
    [InlineData("公开信息1000条以上", 1000)]
    public void Approximate_numbers_are_kept_and_flagged(string text, int value)
    {
        var number = Assert.Single(ProseNumbers.Find(text));

        Assert.Equal(value, number.Value);
        Assert.True(number.IsApproximate);
    }

    [Fact]
    public void Thousands_separators_and_full_width_digits_are_normalised()
    {
        var numbers = ProseNumbers.Find("办理行政许可1,517件，发布信息１２条。");

        Assert.Equal([1517m, 12m], numbers.Select(n => n.Value));
        Assert.Equal("１２条", numbers[1].Text);
    }

    [Theory]
    [InlineData("统计期限从2021年1月1日起至2021年12月31日止")]
    [InlineData("依据国办公开办函〔2021〕30号要求")]
    [InlineData("联系电话:0356-5873144,邮编:323700")]
    [InlineData("网址http://www.sxgp.gov.cn/art/2025/1/22/3件.html")]
    [InlineData("邮箱1336437304@qq.com")]
    [InlineData("“网上办”比例达到90%以上")]
    [InlineData("依据条例第二十条第(一)项和第49条")]
    [InlineData("对每一件依申请公开的答复进行审核")]
    [InlineData("推行一件事一次办,和群众一起努力,一条龙服务,用时12个月")]
    [InlineData("深入学习党的十九大和十九届二中、三中全会精神")]
    public void Dates_document_numbers_phones_links_percentages_and_ordinals_are_not_counts(string text)
    {
        Assert.Empty(ProseNumbers.Find(text));
    }

    [Fact]
    public void Percentages_are_found_separately_with_their_precision()
    {
        var percentages = ProseNumbers.FindPercentages("信息公开年报1条,占比1.1%;领导信息11条,占比13.8%;政策文件4条,占比5%,约占百分之五十");

        Assert.Equal([1.1m, 13.8m, 5m, 50m], percentages.Select(p => p.Value));
        Assert.Equal([1, 1, 0, 0], percentages.Select(p => p.Decimals));
        Assert.False(percentages[3].IsApproximate);
    }

    [Fact]
    public void A_wrapped_pdf_line_does_not_end_the_sentence_but_a_full_stop_does()
    {
        const string text = "我局政务公开和政府信息公开工作取得了一些成绩,但仍存在着一些短板和不足,如政务公开内容、\n创新方式有待提升。2021 年,我局将继续努力。";

        var sentences = ProseSentences.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("有待提升。", sentences[0].Text, StringComparison.Ordinal);
    }
}
