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

    /// <summary>City and county bureaus were reformed by the end of March 2019, so a page of mid-2019 is already late.</summary>
    [Theory]
    [InlineData("县农业局、住建局、自然资源和规划局等部门负责同志分别结合自身职能交流发言。", 2019, "农业局", "农业农村局")]
    [InlineData("由县旅游局牵头，组织开展全域旅游示范区创建工作。", 2021, "旅游局", "文化和旅游局")]
    [InlineData("市文化局组织开展送戏下乡活动。", 2020, "文化局", "文化和旅游局")]
    public void Local_bureau_names_of_before_the_reform_are_flagged(string text, int year, string old, string renamed)
    {
        var hit = Assert.Single(Detect(text, new DateOnly(year, 6, 30)));
        Assert.Equal((old, renamed), (text[hit.Start..hit.End], hit.Suggestion));
    }

    [Theory]
    [InlineData("根据国务院扶贫办的部署，开展防止返贫监测帮扶工作。", 2022, "国务院扶贫办", "国家乡村振兴局")]
    [InlineData("按照国家工商总局的要求，做好企业年报公示工作。", 2019, "国家工商总局", "国家市场监督管理总局")]
    [InlineData("县公安消防大队开展消防安全进校园活动。", 2020, "公安消防大队", "消防救援大队")]
    [InlineData("会同县地税局开展减税降费政策宣传。", 2019, "地税局", "税务局")]
    [InlineData("县人口和计划生育局负责计划生育家庭奖励扶助工作。", 2020, "人口和计划生育局", "卫生健康局")]
    public void Short_forms_and_later_reforms_are_flagged(string text, int year, string old, string renamed)
    {
        var hit = Assert.Single(Detect(text, new DateOnly(year, 6, 30)));
        Assert.Equal((old, renamed, Severity.Serious), (text[hit.Start..hit.End], hit.Suggestion, hit.Severity));
    }

    [Theory]
    [InlineData("根据国务院扶贫办的部署，开展精准扶贫工作。", 2020)]
    [InlineData("原县地税局的征管职责并入县税务局。", 2019)]
    [InlineData("国税地税征管体制改革后，县地税局整合为县税务局。", 2019)]
    public void The_same_names_before_the_reform_or_in_its_history_are_not_flagged(string text, int year) =>
        Assert.Empty(Detect(text, new DateOnly(year, 6, 30)));

    [Theory]
    [InlineData("县文化和旅游局、县文化广电旅游局、市文化旅游体育局联合印发通知。")]
    [InlineData("国家文物局、省文化和旅游厅指导，市文体旅游局承办。")]
    public void Merged_new_names_ending_in_an_old_one_are_not_flagged(string text) => Assert.Empty(Detect(text, new DateOnly(2024, 1, 1)));

    [Fact]
    public void No_page_date_means_no_finding() => Assert.Empty(Detect("农业局牵头。", null));

    [Fact]
    public void Title_of_a_new_document_under_the_old_name_is_flagged() =>
        Assert.Single(Detect("起草了《沈阳市环境保护局关于扎实开展工作的通知》。", new DateOnly(2021, 6, 30)));
}
