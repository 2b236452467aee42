using System.Text;
using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Tests.Extraction;

public sealed class HtmlPageParserTextTests
{
    private static readonly Uri PageUrl = new("http://127.0.0.1:8080/art/2024/1/1/art_1_1.html");

    [Fact]
    public void Title_is_trimmed_and_whitespace_collapsed()
    {
        var page = HtmlPageParser.Parse("<html><head><title>\n  关于公开征求\t意见的通知 &amp; 说明\n</title></head></html>", PageUrl);

        Assert.Equal("关于公开征求 意见的通知 & 说明", page.Title);
    }

    [Fact]
    public void Missing_or_empty_title_is_null()
    {
        Assert.Null(HtmlPageParser.Parse("<p>x</p>", PageUrl).Title);
        Assert.Null(HtmlPageParser.Parse("<title>  </title>", PageUrl).Title);
    }

    [Fact]
    public void Headings_take_article_title_meta_h1_to_h3_and_title_classes()
    {
        var page = HtmlPageParser.Parse("""
            <html><head><meta name="ArticleTitle" content="2024年政府信息公开工作年度报告"></head><body>
              <h3>附件下载</h3>
              <div class="art_title">天津市武清区2024年 政府信息公开工作年度报告</div>
              <h2>一、总体情况</h2>
              <h1>2024年政府信息公开工作年度报告</h1>
              <ul class="title-list">{0}</ul>
              <div id="titlebox">{1}</div>
              <h2 hidden>隐藏标题</h2>
              <h4>四级标题</h4>
            </body></html>
            """.Replace("{0}", string.Concat(Enumerable.Range(1, 40).Select(i => $"<li>栏目{i}</li>")))
              .Replace("{1}", string.Concat(Enumerable.Range(1, 80).Select(i => $"<a href=\"/c/{i}\">栏目{i}</a>"))), PageUrl);

        Assert.Equal(
            ["2024年政府信息公开工作年度报告", "天津市武清区2024年 政府信息公开工作年度报告", "一、总体情况", "附件下载"],
            page.Headings);
    }

    [Fact]
    public void Headings_are_capped_at_ten()
    {
        var html = string.Concat(Enumerable.Range(1, 30).Select(i => $"<h2>标题{i}</h2>"));

        var page = HtmlPageParser.Parse(html, PageUrl);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"标题{i}"), page.Headings);
    }

    [Fact]
    public void Visible_text_excludes_hidden_and_non_rendered_content()
    {
        var page = HtmlPageParser.Parse("""
            <html><head><title>标题不在正文</title><style>.a{color:red}</style><script>var s = "脚本";</script></head>
            <body>
              <p>可见一</p>
              <div hidden>隐藏属性</div>
              <div aria-hidden="true">辅助隐藏</div>
              <div style="DISPLAY : none">样式隐藏</div>
              <span style="color:red;visibility:hidden">不可见</span>
              <noscript>请启用脚本</noscript>
              <template><p>模板</p></template>
              <!-- 注释 -->
              <p>可见<b>二</b>&nbsp;&lt;完&gt;</p>
            </body></html>
            """, PageUrl);

        Assert.Equal("可见一\n可见二 <完>", page.VisibleText);
    }

    [Fact]
    public void Visible_text_puts_blocks_on_lines_and_cells_apart()
    {
        var page = HtmlPageParser.Parse("""
            <div>第一段
              文字</div><p>第二段</p>第三行<br>第四行
            <table><tr><td>发布日期</td><td>2024-01-01</td></tr><tr><td>来源</td><td>区政府</td></tr></table>
            <ul><li>一</li><li>二</li></ul>
            """, PageUrl);

        Assert.Equal("第一段 文字\n第二段\n第三行\n第四行\n发布日期 2024-01-01\n来源 区政府\n一\n二", page.VisibleText);
    }

    [Fact]
    public void Visible_text_is_capped()
    {
        var html = "<p>" + new string('字', HtmlPageParser.MaxVisibleTextChars + 5_000) + "</p>";

        var page = HtmlPageParser.Parse(html, PageUrl);

        Assert.Equal(HtmlPageParser.MaxVisibleTextChars, page.VisibleText.Length);
        Assert.True(page.VisibleTextTruncated);
    }

    [Theory]
    [InlineData("noindex, nofollow", true, true)]
    [InlineData("NOFOLLOW", true, false)]
    [InlineData("noindex", false, true)]
    [InlineData("none", true, true)]
    [InlineData("index,follow", false, false)]
    public void Robots_meta_sets_the_flags(string content, bool noFollow, bool noIndex)
    {
        var page = HtmlPageParser.Parse($"<html><head><meta name=\"Robots\" content=\"{content}\"></head></html>", PageUrl);

        Assert.Equal(noFollow, page.NoFollow);
        Assert.Equal(noIndex, page.NoIndex);
    }

    [Fact]
    public void Malformed_markup_still_yields_links_and_text()
    {
        var page = HtmlPageParser.Parse("""
            <html><head><title>残缺页面</title>
            <body>
            <form action="/a"><form action="/b"><div><p>表单<a href="/one.html">一
            </html>
            <table><tr><td><a href='/two.html'>二</a></td>
            <p>尾部文字<a href=/three.html>三</a>
            <div><span><b><i>未闭合
            """, PageUrl);

        Assert.Equal("残缺页面", page.Title);
        Assert.Equal(["/one.html", "/two.html", "/three.html"], page.Links.Select(link => link.Target!.AbsolutePath));
        Assert.Contains("尾部文字", page.VisibleText);
        Assert.Contains("未闭合", page.VisibleText);
        Assert.DoesNotContain("残缺页面", page.VisibleText);
    }

    [Fact]
    public void Body_inside_an_unclosed_head_is_still_visible()
    {
        var page = HtmlPageParser.Parse("<html><head><title>T</title><body><p>正文内容</p></body></html>", PageUrl);

        Assert.Equal("正文内容", page.VisibleText);
    }

    [Fact]
    public void Empty_and_garbage_input_parse_without_throwing()
    {
        Assert.Empty(HtmlPageParser.Parse(string.Empty, PageUrl).Links);
        Assert.Empty(HtmlPageParser.Parse("<<<>>><a href=<!-- \"x", PageUrl).AnchorIds);
    }

    [Fact]
    public void Ten_megabyte_page_of_links_parses_completely()
    {
        var html = new StringBuilder("<html><head><title>大页面</title></head><body>");
        var count = 0;
        while (html.Length < 10 * 1024 * 1024)
        {
            html.Append($"<div class=\"item\"><a href=\"/list/{count}.html\" id=\"a{count}\">第{count}条公开信息</a></div>\n");
            count++;
        }

        var page = HtmlPageParser.Parse(html.ToString(), PageUrl);

        Assert.Equal(Math.Min(count, HtmlPageParser.MaxLinks), page.Links.Count);
        Assert.Equal(count > HtmlPageParser.MaxLinks, page.LinksTruncated);
        Assert.Equal("/list/0.html", page.Links[0].Target?.AbsolutePath);
        Assert.Equal(HtmlPageParser.MaxVisibleTextChars, page.VisibleText.Length);
    }

    [Fact]
    public void Deeply_nested_unclosed_tags_do_not_overflow_the_stack()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 420_000; i++) // about 10 MB
        {
            html.Append("<div><a href=\"/n.html\">");
        }

        html.Append("底部");

        var page = HtmlPageParser.Parse(html.ToString(), PageUrl);

        Assert.Equal(HtmlPageParser.MaxLinks, page.Links.Count);
        Assert.EndsWith("底部", page.VisibleText);
    }
}
