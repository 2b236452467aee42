using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class LinkTextSimilarityTests
{
    [Theory]
    [InlineData("《临政办发〔2024〕12号》", "临政办发202412号")]
    [InlineData("临政办发[2024]12号", "临政办发202412号")]
    [InlineData("临政办发（２０２４）１２号", "临政办发202412号")]
    [InlineData("  Ｌｉｎｊｉａｎｇ  ＧOV ", "linjianggov")]
    [InlineData("“通知公告”——更多……", "通知公告更多")]
    [InlineData("二〇三五年", "二〇三五年")]
    public void NormalizeFoldsWidthBracketsAndPunctuation(string input, string expected)
    {
        Assert.Equal(expected, LinkTextSimilarity.Normalize(input));
    }

    [Fact]
    public void DiceOfTheSameTextIsOneAndOfDisjointTextsIsZero()
    {
        Assert.Equal(1, LinkTextSimilarity.Dice("政府信息公开指南", "政府信息公开指南"));
        Assert.Equal(0, LinkTextSimilarity.Dice("政府信息公开指南", "食品安全抽检"));
        Assert.Equal(0, LinkTextSimilarity.Dice("", "食品安全抽检"));
    }

    [Fact]
    public void DiceCountsSharedBigrams()
    {
        // 杭州市政府信息公开指南: 10 bigrams; 杭州市人民政府信息公开指南: 12 bigrams; 9 shared.
        Assert.Equal(18.0 / 22, LinkTextSimilarity.Dice("杭州市政府信息公开指南", "杭州市人民政府信息公开指南"), 6);
    }

    [Fact]
    public void SharedYearsDoNotMakeUnrelatedTitlesSimilar()
    {
        Assert.Equal(0, LinkTextSimilarity.Dice("2024年政府工作报告", "2024年食品抽检公告"));
        Assert.Equal(1, LinkTextSimilarity.Dice("2024年工作报告", "2023年工作报告"));
        Assert.True(LinkTextSimilarity.Dice("2024", "2024年") > 0);
    }

    [Fact]
    public void CoverageIsTheShareOfThePartsBigramsInTheWhole()
    {
        Assert.Equal(1.0 / 3, LinkTextSimilarity.Coverage("政策解读", "政策文件"), 6);
        Assert.Equal(1, LinkTextSimilarity.Coverage("通知公告", "最新通知公告栏目"));
    }
}
