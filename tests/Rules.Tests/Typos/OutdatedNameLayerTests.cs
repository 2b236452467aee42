using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Outdated;

namespace ComplianceFns.Rules.Tests.Typos;

public sealed class OutdatedNameLayerTests
{
    private static List<TypoHit> Detect(string text, DateOnly? date)
    {
        var hits = new List<TypoHit>();
        new OutdatedNameLayer().Detect(text, new TypoContext { PageDate = date }, hits);
        return hits;
    }

    [Fact]
    public void Old_name_after_the_change_is_serious_with_the_new_name()
    {
        var hit = Assert.Single(Detect("2023年，市卫生计生委以党建为引领。", new DateOnly(2024, 3, 1)));
        Assert.Equal((7, 12, "卫生健康委", "typo.outdated-name", Severity.Serious), (hit.Start, hit.End, hit.Suggestion, hit.RuleId, hit.Severity));
    }

    [Theory]
    [InlineData("县环保局负责牵头。", 2018, 9)]
    [InlineData("国土资源部印发通知。", 2017, 5)]
    public void Old_name_before_the_change_is_correct(string text, int year, int month) =>
        Assert.Empty(Detect(text, new DateOnly(year, month, 1)));

    [Theory]
    [InlineData("原县环保局的职责划入生态环境局。")]
    [InlineData("将国土资源部的职责整合，组建自然资源部。")]
    [InlineData("加强与文化部门、农业部门的协作。")]
    [InlineData("依据《国土资源部关于加强管理的通知》（2016年）办理。")]
    [InlineData("中央环境保护督察反馈意见整改。")]
    public void Historical_contexts_are_not_flagged(string text) => Assert.Empty(Detect(text, new DateOnly(2024, 1, 1)));

    [Fact]
    public void No_page_date_means_no_finding() => Assert.Empty(Detect("农业局牵头。", null));

    [Fact]
    public void Title_of_a_new_document_under_the_old_name_is_flagged() =>
        Assert.Single(Detect("起草了《沈阳市环境保护局关于扎实开展工作的通知》。", new DateOnly(2021, 6, 30)));
}
