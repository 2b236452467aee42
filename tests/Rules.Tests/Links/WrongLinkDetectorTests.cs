using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class WrongLinkDetectorTests
{
    [Fact]
    public void DocumentNameLinkToAnotherNoticeIsWrong()
    {
        var verdict = WrongLinkDetector.Check(
            "《临江市政府信息公开指南》",
            "临江市人民政府办公室关于印发临江市城市道路停车管理办法的通知_临江市人民政府",
            ["临江市人民政府办公室关于印发临江市城市道路停车管理办法的通知"]);

        Assert.NotNull(verdict);
        Assert.Equal(WrongLinkCase.DocumentName, verdict.Case);
        Assert.Equal("临江市政府信息公开指南", verdict.ExpectedName);
        Assert.Equal("临江市人民政府办公室关于印发临江市城市道路停车管理办法的通知_临江市人民政府", verdict.ActualTitle);
        Assert.InRange(verdict.Score, 0, WrongLinkDetector.DocumentNameThreshold - 0.01);
        Assert.Contains("《临江市政府信息公开指南》", verdict.Reason);
    }

    [Theory]
    [InlineData("临江市政府信息公开指南_临江市人民政府")]
    [InlineData("临江市人民政府信息公开指南_临江市人民政府")]
    [InlineData("临江市政府信息公开指南-临江县政府门户")]
    [InlineData("临江市政府信息公开指南 | 临江区人民政府网站")]
    [InlineData("临江市政府信息公开指南（2024年修订）")]
    [InlineData("临江市政府信息公开指南")]
    public void DocumentNameFoundInTitleIsRight(string title)
    {
        Assert.Null(WrongLinkDetector.Check("《临江市政府信息公开指南》", title, []));
    }

    [Theory]
    [InlineData("关于印发《临江市城市道路停车管理办法》的通知", "临江市人民政府", new[] { "临江市人民政府办公室关于印发《临江市城市道路停车管理办法》的通知" })]
    [InlineData("《临江市城市道路停车管理办法》", "临江市人民政府关于印发临江市城市道路停车管理办法的通知", new string[0])]
    [InlineData("《临江市城市道路停车管理办法》", "停车管理办法解读_临江市人民政府", new[] { "图解：《临江市城市道路停车管理办法》" })]
    [InlineData("《临江市人民政府关于2024年度政府信息公开工作〔年度报告〕》", "临江市人民政府关于2024年度政府信息公开工作[年度报告]", new string[0])]
    [InlineData("《临江市国民经济和社会发展第十四个五年规划纲要》", "临江市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", new string[0])]
    [InlineData("关于印发《临江市城市道路停车管理办…", "临江市人民政府关于印发临江市城市道路停车管理办法的通知", new string[0])]
    public void DocumentNameInTitleOrHeadingOrCloseEnoughIsRight(string linkText, string title, string[] headings)
    {
        Assert.Null(WrongLinkDetector.Check(linkText, title, headings));
    }

    [Fact]
    public void YearNumberBracketStylesAreFolded()
    {
        Assert.Null(WrongLinkDetector.Check(
            "《临政办发〔2024〕12号》",
            "临江市人民政府办公室文件 临政办发[2024]12号",
            []));
        Assert.Null(WrongLinkDetector.Check(
            "《临政办发（２０２４）１２号》",
            "临政办发(2024)12号",
            []));
    }

    [Fact]
    public void SpecificTitleLinkToAnUnrelatedPageIsWrong()
    {
        var verdict = WrongLinkDetector.Check(
            "临江市2024年政府信息公开工作年度报告",
            "关于公布2024年度全市食品安全抽检结果的公告_临江市市场监督管理局",
            ["关于公布2024年度全市食品安全抽检结果的公告"]);

        Assert.NotNull(verdict);
        Assert.Equal(WrongLinkCase.SpecificTitle, verdict.Case);
        Assert.Equal("临江市2024年政府信息公开工作年度报告", verdict.ExpectedName);
        Assert.InRange(verdict.Score, 0, WrongLinkDetector.SpecificTitleThreshold - 0.01);
    }

    [Theory]
    [InlineData("临江市2024年政府信息公开工作年度报告", "临江市2024年政府信息公开工作年度报告_临江市人民政府")]
    [InlineData("市政府召开第十二次常务会议研究部署防汛工作", "市政府召开第十二次常务会议_临江市人民政府")]
    [InlineData("关于做好2024年度政府信息公开工作年度报告编制发布工作的通知", "关于做好2024年度政府信息公开年报编制和发布工作的通知")]
    [InlineData("关于2024年春节放假安排的通知 2024-02-01", "关于2024年春节放假安排的通知_临江市人民政府")]
    [InlineData("关于做好2024年全市安全生产工作的...", "临江市安全生产委员会关于做好2024年全市安全生产工作的通知")]
    [InlineData("关于开展2024年度“双随机、一公开”监管工作的通知", "关于开展2024年度“双随机、一公开”监管工作的通知_临江市市场监督管理局")]
    public void SpecificTitleMatchingTheTargetIsRight(string linkText, string title)
    {
        Assert.Null(WrongLinkDetector.Check(linkText, title, []));
    }

    [Fact]
    public void ColumnLinkToAnotherColumnIsWrong()
    {
        var verdict = WrongLinkDetector.Check(
            "政策解读",
            "政府信息公开年报_临江市人民政府",
            ["当前位置：首页 > 政务公开 > 政府信息公开年报", "政府信息公开年报"]);

        Assert.NotNull(verdict);
        Assert.Equal(WrongLinkCase.ColumnName, verdict.Case);
        Assert.Equal("政策解读", verdict.ExpectedName);
        Assert.Contains("解读", verdict.Reason);
    }

    [Theory]
    [InlineData("通知公告", "通知公告_临江市人民政府", new string[0])]
    [InlineData("工作动态", "部门动态_临江市人民政府", new string[0])]
    [InlineData("政府信息公开年报", "信息公开年报-临江县政府门户", new string[0])]
    [InlineData("政策解读", "临江市人民政府", new[] { "首页 > 政务公开 > 政策解读" })]
    [InlineData("财政预决算", "预决算公开_临江市人民政府", new string[0])]
    [InlineData("人事信息", "人事任免_临江市人民政府", new string[0])]
    [InlineData("规划计划", "发展规划_临江市人民政府", new string[0])]
    [InlineData("信息公开目录", "政府信息公开_临江市人民政府", new string[0])]
    [InlineData("通知公告", "临江市人民政府", new[] { "通知公告", "政策文件" })]
    public void ColumnLinkSharingTheColumnWordIsRight(string linkText, string title, string[] headings)
    {
        Assert.Null(WrongLinkDetector.Check(linkText, title, headings));
    }

    [Theory]
    [InlineData("更多>>")]
    [InlineData("更多")]
    [InlineData("详细")]
    [InlineData("查看详情")]
    [InlineData("点击下载")]
    [InlineData("首页")]
    [InlineData("返回")]
    [InlineData("上一页")]
    [InlineData("下一页")]
    [InlineData("附件1")]
    [InlineData("原文")]
    [InlineData("阅读全文")]
    [InlineData("more")]
    [InlineData("MORE +")]
    [InlineData("12")]
    [InlineData("2024-05-12")]
    [InlineData("[2024年05月12日]")]
    [InlineData("http://www.example.gov.cn/xxgk/index.html")]
    [InlineData("www.example.gov.cn")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("第3页")]
    public void GenericTextsAreNeverJudged(string linkText)
    {
        Assert.Null(WrongLinkDetector.Check(linkText, "关于公布2024年度全市食品安全抽检结果的公告", ["食品安全抽检结果"]));
    }

    [Fact]
    public void TargetWithoutTitleOrHeadingsIsNeverJudged()
    {
        Assert.Null(WrongLinkDetector.Check("《临江市政府信息公开指南》", null, []));
        Assert.Null(WrongLinkDetector.Check("《临江市政府信息公开指南》", "  ", ["", " "]));
        Assert.Null(WrongLinkDetector.Check("临江市2024年政府信息公开工作年度报告", null, []));
        Assert.Null(WrongLinkDetector.Check("政策解读", null, []));
    }

    [Theory]
    [InlineData("临江市人民政府")]
    [InlineData("临江区人民政府网站")]
    [InlineData("临江县政府门户网站")]
    [InlineData("临江市财政局")]
    public void TargetKnownOnlyBySiteNameIsNotJudged(string title)
    {
        Assert.Null(WrongLinkDetector.Check("《临江市政府信息公开指南》", title, ["相关链接", "当前位置：首页"]));
        Assert.Null(WrongLinkDetector.Check("临江市2024年政府信息公开工作年度报告", title, ["网站地图"]));
    }

    [Fact]
    public void LinkNamingTheOrganItselfIsRightWhenTitleIsTheOrgan()
    {
        Assert.Null(WrongLinkDetector.Check("临江市人民政府办公室", "临江市人民政府办公室", ["通知公告"]));
    }

    [Fact]
    public void FirstHeadingIsTheActualTitleWhenTheTargetHasNoTitle()
    {
        var verdict = WrongLinkDetector.Check("《临江市政府信息公开指南》", null, ["临江市城市道路停车管理办法"]);
        Assert.NotNull(verdict);
        Assert.Equal("临江市城市道路停车管理办法", verdict.ActualTitle);
    }

    [Fact]
    public void ShortNonColumnTextIsNotJudged()
    {
        Assert.Null(WrongLinkDetector.Check("走进临江", "食品安全抽检结果公告", []));
    }

    [Theory]
    [InlineData("通知公告_临江市人民政府", new string[0])]
    [InlineData("临江市人民政府", new[] { "当前位置：首页 > 政务公开 > 通知公告", "热点新闻" })]
    [InlineData("政务公开-临江县政府门户", new[] { "首页 » 政务公开 » 政策文件" })]
    public void DocumentOrTitleIsNotJudgedAgainstATargetNamedOnlyByItsColumn(string title, string[] headings)
    {
        Assert.Null(WrongLinkDetector.Check("《临江市政府信息公开指南》", title, headings));
        Assert.Null(WrongLinkDetector.Check("临江市人民政府关于调整部分行政区划的通知", title, headings));
    }

    [Fact]
    public void LastYearsReportForThisYearsLinkIsWrong()
    {
        var verdict = WrongLinkDetector.Check(
            "临江市2024年政府信息公开工作年度报告",
            "临江市2023年政府信息公开工作年度报告_临江市人民政府",
            []);

        Assert.NotNull(verdict);
        Assert.Equal(WrongLinkCase.YearMismatch, verdict.Case);
        Assert.True(verdict.Score >= WrongLinkDetector.SpecificTitleThreshold);
        Assert.Contains("链接为 2024 年", verdict.Reason);
        Assert.Contains("目标为 2023 年", verdict.Reason);
    }

    [Fact]
    public void DocumentNumberOfAnotherYearIsWrong()
    {
        var verdict = WrongLinkDetector.Check("《临政办发〔2024〕12号》", "临政办发（２０２３）１２号", []);
        Assert.NotNull(verdict);
        Assert.Equal(WrongLinkCase.YearMismatch, verdict.Case);
        Assert.Equal("临政办发〔2024〕12号", verdict.ExpectedName);
    }

    [Fact]
    public void CloseTitleWithoutYearsIsRight()
    {
        Assert.Null(WrongLinkDetector.Check("临江市政府信息公开工作年度报告", "临江市政府信息公开工作年度报告（全文）", []));
    }
}
