using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Rules.Tests.Reports.Publication;

public sealed class ReportTitleMatcherTests
{
    private static readonly string[] County = ["某某县人民政府"];

    [Theory]
    [InlineData("某某县人民政府2023年政府信息公开工作年度报告", 2023)]
    [InlineData("某某县人民政府2023年度政府信息公开工作年度报告", 2023)]
    [InlineData("某某县人民政府二〇二三年政府信息公开工作年度报告", 2023)]
    [InlineData("某某县人民政府二○一九年政府信息公开年报", 2019)]
    [InlineData("某某县人民政府关于2021年政府信息公开工作年度报告", 2021)]
    [InlineData("某某县人民政府 2022 年 政府信息公开工作年度报告", 2022)]
    [InlineData("某某县人民政府政府信息公开工作年度报告（2020年）", 2020)]
    public void Titles_of_the_organs_report_give_the_year(string title, int year) =>
        Assert.Equal(year, ReportTitleMatcher.YearOf(title, County));

    [Fact]
    public void Traditional_characters_are_tolerated()
    {
        Assert.Equal(2023, ReportTitleMatcher.YearOf("某某縣人民政府2023年政府信息公開工作年度報告", County));
        Assert.Equal(2022, ReportTitleMatcher.YearOf("某某縣人民政府二〇二二年政府信息公開年報", County));
    }

    [Fact]
    public void An_alias_names_the_organ_too()
    {
        Assert.Equal(2024, ReportTitleMatcher.YearOf("某某县政府2024年政府信息公开工作年度报告", ["某某县人民政府", "某某县政府"]));
    }

    [Theory]
    [InlineData("某某县人民政府2023年政府网站工作年度报表")]
    [InlineData("某某县人民政府网站2023年度工作报表")]
    [InlineData("关于做好某某县人民政府2023年政府信息公开工作年度报告编制工作的通知")]
    [InlineData("图解：某某县人民政府2023年政府信息公开工作年度报告")]
    [InlineData("某某县人民政府2023年法治政府建设年度报告")]
    public void Other_documents_are_not_reports(string title) => Assert.Null(ReportTitleMatcher.YearOf(title, County));

    [Theory]
    [InlineData("某某县统计局2023年政府信息公开工作年度报告")]
    [InlineData("某某县人民政府办公室2023年政府信息公开工作年度报告")]
    [InlineData("某某市人民政府2023年政府信息公开工作年度报告")]
    public void Another_organs_report_is_not_this_organs(string title) => Assert.Null(ReportTitleMatcher.YearOf(title, County));

    [Fact]
    public void A_report_title_without_a_year_has_none()
    {
        Assert.Null(ReportTitleMatcher.YearOf("某某县人民政府政府信息公开工作年度报告", County));
        Assert.True(ReportTitleMatcher.LooksLikeReport("某某县人民政府政府信息公开工作年度报告"));
    }
}
