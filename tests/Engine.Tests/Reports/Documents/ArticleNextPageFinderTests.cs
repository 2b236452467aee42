using ComplianceFns.Engine.Reports.Documents;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class ArticleNextPageFinderTests
{
    private static readonly Uri Article = new("http://www.example.gov.cn/zwgk/ndbg/202101/t20210128_123.html");

    private static string Page(string pager, string body = "<p>一、总体情况</p>") =>
        $"""
        <html><head><title>2020年政府信息公开工作年度报告</title></head><body>
        <div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/ndbg/">年度报告</a></div>
        <div class="TRS_Editor">{body}</div>
        {pager}
        <div class="footer">主办：某某县人民政府办公室</div></body></html>
        """;

    [Fact]
    public void Trs_pager_with_page_count_links_to_the_underscore_page()
    {
        var html = Page("""<div class="page">共2页 第1页 <a href="t20210128_123_1.html">下一页</a> <a href="t20210128_123_1.html">尾页</a></div>""");

        Assert.Equal(new Uri(Article, "t20210128_123_1.html"), ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void On_a_later_trs_page_the_next_page_follows_the_first_pages_stem()
    {
        var second = new Uri(Article, "t20210128_123_1.html");
        var html = Page("""
            <div class="page">共3页 第2页 <a href="t20210128_123.html">首页</a> <a href="t20210128_123.html">上一页</a>
            <a href="t20210128_123_2.html">下一页</a> <a href="t20210128_123_2.html">尾页</a></div>
            """);

        Assert.Equal(new Uri(Article, "t20210128_123_2.html"), ArticleNextPageFinder.Find(html, second, Article, 2));
    }

    [Fact]
    public void Numbered_pager_without_script_gives_the_next_number()
    {
        var html = Page("""
            <div class="pagination"><span class="current">1</span> <a href="t20210128_123_2.html">2</a>
            <a href="t20210128_123_3.html">3</a> <a href="t20210128_123_2.html"><span>下一页</span></a></div>
            """);

        Assert.Equal(new Uri(Article, "t20210128_123_2.html"), ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void Numbered_pager_without_a_next_link_gives_the_page_after_the_current_one()
    {
        var second = new Uri(Article, "t20210128_123_2.html");
        var html = Page("""<p align="center"><a href="t20210128_123.html">1</a> 2 <a href="t20210128_123_3.html">3</a></p>""");

        Assert.Equal(new Uri(Article, "t20210128_123_3.html"), ArticleNextPageFinder.Find(html, second, Article, 2));
    }

    [Fact]
    public void Query_pager_gives_the_same_article_with_the_page_parameter()
    {
        var url = new Uri("http://www.example.gov.cn/art/view.jsp?id=456");
        var html = Page("""<div class="pages">第1页/共3页 <a href="view.jsp?id=456&amp;page=2">下一页</a> <a href="view.jsp?id=456&amp;page=3">末页</a></div>""");

        Assert.Equal(new Uri("http://www.example.gov.cn/art/view.jsp?id=456&page=2"), ArticleNextPageFinder.Find(html, url));
    }

    [Fact]
    public void Query_pager_of_an_article_with_its_own_name()
    {
        var url = new Uri("http://www.example.gov.cn/ndbg/2020report.html");
        var html = Page("""<div class="pager">1 <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一页 &gt;</a></div>""");

        Assert.Equal(new Uri("http://www.example.gov.cn/ndbg/2020report.html?page=2"), ArticleNextPageFinder.Find(html, url));
    }

    [Fact]
    public void Trs_script_pager_of_the_article_itself_is_read()
    {
        var html = Page("""<div class="page"><script>createPageHTML(3, 0, "t20210128_123", "html");</script></div>""");

        Assert.Equal(new Uri(Article, "t20210128_123_1.html"), ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void Column_list_pager_is_not_an_article_pager()
    {
        var column = new Uri("http://www.example.gov.cn/zwgk/ndbg/index.html");
        var html = Page("""
            <ul><li><a href="202101/t20210128_123.html">2020年政府信息公开工作年度报告</a></li></ul>
            <div class="page">共3页 第1页 <a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a></div>
            <script>createPageHTML(3, 0, "index", "html");</script>
            """);

        Assert.Null(ArticleNextPageFinder.Find(html, column));
        Assert.Null(ArticleNextPageFinder.Find(Page("""<a href="list.html?page=2">下一页</a>"""), new Uri("http://www.example.gov.cn/ndbg/list.html")));
    }

    [Fact]
    public void A_column_pager_in_the_report_pages_sidebar_is_not_followed()
    {
        var html = Page("""<div class="side">相关栏目 <a href="../index_1.html">下一页</a> <a href="index_1.html">2</a></div>""");

        Assert.Null(ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void Next_article_link_is_not_the_next_page()
    {
        var html = Page("""
            <div class="prevnext"><a href="t20210120_100.html">上一篇：2019年政府信息公开工作年度报告</a>
            <a href="t20210201_130.html">下一篇：2021年政府信息公开工作年度报告</a></div>
            """);

        Assert.Null(ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void Next_article_named_like_a_page_is_still_not_the_next_page()
    {
        // Only pager wording counts: a 下一篇 link is never a page, whatever its address.
        var html = Page("""<a href="t20210128_123_1.html">下一篇：某某局2020年政府信息公开工作年度报告</a>""");

        Assert.Null(ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void Pager_pointing_to_another_host_is_not_followed()
    {
        var html = Page("""<div class="page">共2页 <a href="http://mirror.example.com/zwgk/ndbg/202101/t20210128_123_1.html">下一页</a></div>""");

        Assert.Null(ArticleNextPageFinder.Find(html, Article));
    }

    [Fact]
    public void Pager_to_another_folder_or_another_article_is_not_followed()
    {
        Assert.Null(ArticleNextPageFinder.Find(Page("""<a href="../202102/t20210128_123_1.html">下一页</a>"""), Article));
        Assert.Null(ArticleNextPageFinder.Find(Page("""<a href="t20210128_124_1.html">下一页</a>"""), Article));
        Assert.Null(ArticleNextPageFinder.Find(Page("""<a href="t20210128_123_1.pdf">下一页</a>"""), Article));
    }

    [Fact]
    public void Last_page_whose_next_link_is_dead_or_itself_has_no_next_page()
    {
        var last = new Uri(Article, "t20210128_123_2.html");
        var html = Page("""
            <div class="page">共3页 第3页 <a href="t20210128_123_1.html">上一页</a> <a href="javascript:void(0)">下一页</a>
            <a href="t20210128_123_2.html">尾页</a></div>
            """);

        Assert.Null(ArticleNextPageFinder.Find(html, last, Article, 3));
    }

    [Fact]
    public void Page_without_a_pager_has_no_next_page()
    {
        Assert.Null(ArticleNextPageFinder.Find(Page(string.Empty), Article));
    }

    [Theory]
    [InlineData("共3页 第1页 下一页 尾页", true)]
    [InlineData("首页 上一页 1 2 3 下一页 尾页", true)]
    [InlineData("当前第2/3页 << < > >>", true)]
    [InlineData("2", false)]
    [InlineData("一、总体情况", false)]
    [InlineData("第1页 | 2 | 3 |", false)]
    public void Pager_lines_are_told_from_report_lines(string line, bool pager)
    {
        Assert.Equal(pager, ArticleNextPageFinder.IsPagerLine(line));
    }
}
