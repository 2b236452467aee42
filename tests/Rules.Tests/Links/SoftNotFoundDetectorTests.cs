using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class SoftNotFoundDetectorTests
{
    // The navigation and footer every page of a county site carries: long enough that the body alone never looks short.
    private static readonly string SiteChrome = string.Concat(Enumerable.Repeat(
        "首页 政务公开 政务服务 互动交流 走进XX 政府信息公开指南 政府信息公开制度 法定主动公开内容 政府信息公开年报 ", 6))
        + "主办单位：XX县人民政府办公室 承办单位：XX县大数据中心 网站标识码：1234000001 备案号：X ICP备12345678号";

    private const string LongArticle =
        "为进一步做好政府网站链接管理工作，根据《政府网站与政务新媒体检查指标》要求，县政府办公室于近日组织开展了全县政府网站断链、错链专项检查。"
        + "检查发现，部分单位栏目存在链接指向“页面不存在”提示页、返回 404 错误等问题，共计 23 处。各单位要对照问题清单逐项整改，"
        + "整改完成后于5月20日前将整改情况报县政府办公室。今后，各单位要建立常态化巡查机制，每日检查首页及重点栏目链接可用性，"
        + "对外部链接实行登记管理，确保链接准确有效。对整改不到位、问题反复出现的单位，将在全县通报。"
        + "检查中还发现个别栏目长期不更新、信息发布不规范等问题，相关单位要一并整改。县政府办公室将适时组织复查，复查结果纳入年度绩效考核。"
        + "各单位主要负责同志要高度重视，明确分管领导和具体责任人，切实履行网站主办、承办单位职责。对于已经撤销或合并的栏目，"
        + "要及时做好页面迁移和跳转设置，避免群众访问时出现页面不存在的情况；对于外部链接，要定期核验链接地址和目标内容，"
        + "发现链接失效或内容不符的，要在1个工作日内处理。"
        + "各乡镇人民政府、县政府各部门要结合政务公开工作要点，同步检查政府信息公开专栏的栏目设置、内容更新和链接情况，"
        + "对政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报等栏目逐项核对，确保栏目名称与内容一致。"
        + ""
        + "县政府办公室将通过政府网站监管平台每周通报检查结果，并将网站链接可用性情况作为政务公开工作考核的重要内容。"
        + "联系人：张XX，联系电话：0000-12345678。";

    [Theory]
    [InlineData("您访问的页面不存在_XX县人民政府", "您访问的页面不存在")]
    [InlineData("您所访问的页面不存在！", "您所访问的页面不存在")]
    [InlineData("404 - 页面不存在", "页面不存在")]
    [InlineData("提示：该页面已删除", "该页面已删除")]
    [InlineData("页面未找到 | XX市人民政府", "页面未找到")]
    [InlineData("404 Not Found", "404 Not Found")]
    [InlineData("Error 404", "Error 404")]
    [InlineData("404错误_XX区政府门户网站", "404错误")]
    [InlineData("404_XX区人民政府网站", "404")]
    [InlineData("Page Not Found", "Page Not Found")]
    [InlineData("Not Found", "Not Found")]
    [InlineData("信息已删除", "信息已删除")]
    public void TitleNamesTheErrorEvenOnAPageWithFullNavigation(string title, string expected)
    {
        Assert.Equal(expected, SoftNotFoundDetector.Detect(title, [], SiteChrome));
    }

    [Theory]
    [InlineData("对不起，找不到该页面", "找不到该页面")]
    [InlineData("文章不存在或已被删除", "文章不存在")]
    [InlineData("抱歉，信息不存在！", "信息不存在")]
    [InlineData("该内容不存在", "内容不存在")]
    [InlineData("页面已失效", "页面已失效")]
    public void HeadingNamesTheError(string heading, string expected)
    {
        Assert.Equal(expected, SoftNotFoundDetector.Detect("XX市人民政府门户网站", ["网站导航", heading], SiteChrome));
    }

    [Theory]
    [InlineData("抱歉！您访问的页面不存在或已被删除。 5 秒后自动返回首页 返回首页", "您访问的页面不存在")]
    [InlineData("404 Not Found nginx", "404 Not Found")]
    [InlineData("404 很抱歉，页面找不到了，您可以返回首页", "404")]
    [InlineData("错误代码：404 请检查网址是否正确", "404错误")]
    [InlineData("找不到页面 请检查您输入的网址", "找不到页面")]
    [InlineData("The requested URL was not found on this server.", "Not Found")]
    public void ShortBodyThatSaysTheErrorCounts(string body, string expected)
    {
        Assert.Equal(expected, SoftNotFoundDetector.Detect(null, [], body));
    }

    [Fact]
    public void LongArticleMentioningTheErrorInPassingIsARealPage()
    {
        Assert.True(LongArticle.Length >= SoftNotFoundDetector.ShortTextLimit);
        Assert.Null(SoftNotFoundDetector.Detect(
            "关于开展全县政府网站链接专项检查的通知_XX县人民政府",
            ["关于开展全县政府网站链接专项检查的通知"],
            LongArticle));
    }

    [Theory]
    [InlineData("国务院令第404号", "中华人民共和国国务院令 第404号 ……")]
    [InlineData("XX市2024年一季度统计数据", "全市共404条记录，同比增长3%。")]
    [InlineData("联系我们", "联系电话：0571-4045678 传真：0571-4041234")]
    [InlineData("附件下载", "附件：/uploads/404.html 说明")]
    [InlineData("关于XX同志申请公开政府信息不存在的告知书", "经检索，您申请公开的政府信息不存在。特此告知。")]
    [InlineData("XX市人民政府", "共404页 第1页 下一页")]
    public void ShortRealPagesWithLookalikesAreNotSoft404(string title, string body)
    {
        Assert.Null(SoftNotFoundDetector.Detect(title, [], body));
    }

    [Fact]
    public void ShortNewsThatQuotesThePhraseIsNotSoft404()
    {
        Assert.Null(SoftNotFoundDetector.Detect(
            "我县完成政府网站链接检查_XX县人民政府",
            ["我县完成政府网站链接检查"],
            "近日，县政府办公室完成政府网站链接检查，整改“页面不存在”问题12处。"));
    }

    [Fact]
    public void ShortNewsWithAnArticleHeadingIsNotSoft404()
    {
        Assert.Null(SoftNotFoundDetector.Detect(
            "XX县人民政府",
            ["我县开展政府网站断链错链专项整治工作"],
            "近日，我县对全县政府网站开展专项检查，发现返回 404 错误的链接12处，已全部整改。"));
    }

    [Fact]
    public void LongHeadingThatQuotesThePhraseIsAnArticle()
    {
        var heading = "关于集中整治政府网站“页面不存在”“链接打不开”等突出问题切实提升政府网站服务质量的实施方案";
        Assert.Null(SoftNotFoundDetector.Detect(heading + "_XX市人民政府", [heading], LongArticle));
    }

    [Fact]
    public void OrdinaryPageIsNotSoft404()
    {
        Assert.Null(SoftNotFoundDetector.Detect("通知公告_XX县人民政府", ["通知公告"], SiteChrome + " 关于2024年春节放假安排的通知 2024-02-01"));
    }

    [Fact]
    public void EmptyPageIsNotSoft404()
    {
        Assert.Null(SoftNotFoundDetector.Detect(null, [], string.Empty));
        Assert.Null(SoftNotFoundDetector.Detect("  ", ["", " "], "   "));
    }

    [Fact]
    public void A_short_page_is_judged_by_its_own_words_and_its_length_by_all_its_text()
    {
        Assert.Null(SoftNotFoundDetector.Detect("状态码测试", [], "Success Not Found", textOutsideLinks: " "));
        Assert.Equal("您访问的页面不存在", SoftNotFoundDetector.Detect("提示", [], "对不起，您访问的页面不存在。返回首页", textOutsideLinks: "对不起，您访问的页面不存在。"));

        // A list page: short once its link titles are left out ("共404条"), but its text as a whole is long.
        var listPage = "首页 > 通知公告 共404条 " + string.Concat(Enumerable.Repeat("关于做好2024年度政府信息公开工作的通知 2024-04-04 ", 20));
        Assert.Null(SoftNotFoundDetector.Detect("通知公告_XX县人民政府", ["通知公告"], listPage, textOutsideLinks: "首页 > 通知公告 共404条"));
    }
}
