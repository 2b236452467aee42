using ComplianceFns.Engine.Extraction;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Tests.Extraction;

public sealed class HtmlPageParserLinkTests
{
    private static readonly Uri PageUrl = new("http://127.0.0.1:8080/zwgk/tzgg/index.html");

    private static IReadOnlyList<ExtractedLink> LinksOf(string body) =>
        HtmlPageParser.Parse($"<html><head></head><body>{body}</body></html>", PageUrl).Links;

    private static ExtractedLink Single(string body) => Assert.Single(LinksOf(body));

    [Fact]
    public void Anchor_is_resolved_against_the_page_with_its_text()
    {
        var link = Single("<a href=\"../zcwj/202401/t20240101_1.html\">  关于印发\n  《实施方案》的通知 </a>");

        Assert.Equal(LinkKind.Anchor, link.Kind);
        Assert.Equal("http://127.0.0.1:8080/zwgk/zcwj/202401/t20240101_1.html", link.Target?.AbsoluteUri);
        Assert.Equal("关于印发 《实施方案》的通知", link.Text);
        Assert.Equal("../zcwj/202401/t20240101_1.html", link.RawHref);
        Assert.Null(link.Fragment);
    }

    [Fact]
    public void Every_element_kind_is_extracted_in_document_order()
    {
        var page = HtmlPageParser.Parse("""
            <html><head>
              <meta http-equiv="refresh" content="30; url='/new/index.html'">
              <link rel="stylesheet" href="/css/main.css">
              <link rel="icon" href="/favicon.ico">
              <link rel="alternate stylesheet" href="/css/big.css">
              <script src="/js/jquery.js"></script>
            </head><body>
              <a href="page.html">页面</a>
              <map name="m"><area href="/map/tj.html" alt="天津"></map>
              <iframe src="/frame/list.html" title="列表"></iframe>
              <frameset><frame src="/frame/top.html"></frameset>
              <img src="/img/logo.png" alt="徽标">
              <embed src="/media/guide.pdf">
              <object data="/media/player.swf"></object>
            </body></html>
            """, PageUrl);

        Assert.Equal(
            [
                (LinkKind.Anchor, "/new/index.html"),
                (LinkKind.Stylesheet, "/css/main.css"),
                (LinkKind.Image, "/favicon.ico"),
                (LinkKind.Stylesheet, "/css/big.css"),
                (LinkKind.Script, "/js/jquery.js"),
                (LinkKind.Anchor, "/zwgk/tzgg/page.html"),
                (LinkKind.Area, "/map/tj.html"),
                (LinkKind.Frame, "/frame/list.html"),
                (LinkKind.Frame, "/frame/top.html"),
                (LinkKind.Image, "/img/logo.png"),
                (LinkKind.Attachment, "/media/guide.pdf"),
                (LinkKind.Frame, "/media/player.swf"),
            ],
            page.Links.Select(link => (link.Kind, link.Target!.AbsolutePath)));
        Assert.Equal("天津", page.Links.Single(link => link.Kind == LinkKind.Area).Text);
        Assert.Equal("列表", page.Links.First(link => link.Kind == LinkKind.Frame).Text);
        Assert.Equal("徽标", page.Links.Single(link => link.Kind == LinkKind.Image && link.RawHref == "/img/logo.png").Text);
    }

    [Theory]
    [InlineData("0;URL=/a.html", "/a.html")]
    [InlineData("5; url=\"/b.html\"", "/b.html")]
    [InlineData("0; /c.html", "/c.html")]
    [InlineData("3", "")]
    public void Meta_refresh_url_is_read(string content, string expected)
    {
        Assert.Equal(expected, HtmlPageParser.RefreshUrl(content));
    }

    [Fact]
    public void Base_href_changes_resolution_of_every_link()
    {
        var page = HtmlPageParser.Parse("""
            <html><head><base href="/static/v2/"></head>
            <body><a href="doc.html">文档</a><img src="img/a.png"></body></html>
            """, PageUrl);

        Assert.Equal(new Uri("http://127.0.0.1:8080/static/v2/"), page.BaseUri);
        Assert.Equal(
            ["http://127.0.0.1:8080/static/v2/doc.html", "http://127.0.0.1:8080/static/v2/img/a.png"],
            page.Links.Select(link => link.Target!.AbsoluteUri));
    }

    [Fact]
    public void Without_base_href_the_base_is_the_page()
    {
        Assert.Equal(PageUrl, HtmlPageParser.Parse("<p>x</p>", PageUrl).BaseUri);
    }

    [Fact]
    public void Every_srcset_candidate_is_an_image_link()
    {
        // As in browsers, a comma ends a candidate only after its URL ("b.jpg,") or its descriptors; "x,y.jpg" is one URL.
        var links = LinksOf("<img src=\"a.jpg\" srcset=\"a-1x.jpg 1x, /img/a-2x.jpg 2x,b.jpg, /img/x,y.jpg 480w\" alt=\"照片\">");

        Assert.Equal(
            ["/zwgk/tzgg/a.jpg", "/zwgk/tzgg/a-1x.jpg", "/img/a-2x.jpg", "/zwgk/tzgg/b.jpg", "/img/x,y.jpg"],
            links.Select(link => link.Target!.AbsolutePath));
        Assert.All(links, link => Assert.Equal(LinkKind.Image, link.Kind));
        Assert.All(links, link => Assert.Equal("照片", link.Text));
    }

    [Theory]
    [InlineData("/files/2024/附件1.pdf")]
    [InlineData("/files/report.DOCX")]
    [InlineData("/files/a.xls?v=2")]
    [InlineData("data.xlsx")]
    [InlineData("/d/x.ppt")]
    [InlineData("/d/x.pptx")]
    [InlineData("/d/x.wps")]
    [InlineData("/d/x.et")]
    [InlineData("/d/x.zip")]
    [InlineData("/d/x.rar")]
    [InlineData("/d/x.7z")]
    [InlineData("/d/x.txt")]
    [InlineData("/d/x.csv")]
    [InlineData("/d/x.ofd")]
    [InlineData("/d/x.doc#page=2")]
    public void Anchor_to_a_document_file_is_an_attachment(string href)
    {
        Assert.Equal(LinkKind.Attachment, Single($"<a href=\"{href}\">下载</a>").Kind);
    }

    [Theory]
    [InlineData("/download.jsp?file=a.pdf")]
    [InlineData("/pdf/index.html")]
    [InlineData("/files/pdf")]
    public void Anchor_whose_path_does_not_end_in_a_document_extension_is_not_an_attachment(string href)
    {
        Assert.Equal(LinkKind.Anchor, Single($"<a href=\"{href}\">下载</a>").Kind);
    }

    [Fact]
    public void Area_to_a_document_file_is_an_attachment()
    {
        Assert.Equal(LinkKind.Attachment, Single("<map><area href=\"/x/plan.pdf\" alt=\"规划\"></map>").Kind);
    }

    [Theory]
    [InlineData("http://exa mple.com/")]
    [InlineData("http://[::1")]
    [InlineData("http:///path")]
    [InlineData("http://127.0.0.1:99999/")]
    [InlineData("ftp://127.0.0.1/pub/a.txt")]
    [InlineData("file:///C:/Users/admin/Desktop/通知.doc")]
    [InlineData("C:\\Users\\admin\\Desktop\\通知.doc")]
    public void Unusable_href_is_kept_with_a_null_target(string href)
    {
        var link = Single($"<a href=\"{href}\">链接</a>");

        Assert.Null(link.Target);
        Assert.Equal(href, link.RawHref);
        Assert.Equal("链接", link.Text);
    }

    [Fact]
    public void Local_windows_path_to_a_document_is_still_an_attachment()
    {
        var link = Single("<a href=\"D:\\公文\\附件.docx\">附件</a>");

        Assert.Null(link.Target);
        Assert.Equal(LinkKind.Attachment, link.Kind);
    }

    [Theory]
    [InlineData("mailto:office@127.0.0.1")]
    [InlineData("tel:022-12345678")]
    [InlineData("javascript:void(0)")]
    [InlineData("  JavaScript:openWin('a.html')")]
    [InlineData("data:text/html,hi")]
    [InlineData("about:blank")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData("   ")]
    public void Non_navigational_hrefs_are_skipped(string href)
    {
        Assert.Empty(LinksOf($"<a href=\"{href}\">x</a><img src=\"{href}\">"));
    }

    [Fact]
    public void In_page_fragment_is_a_link_to_the_page_with_its_fragment()
    {
        var link = Single("<a href=\"#section2\">第二章</a>");

        Assert.Equal("http://127.0.0.1:8080/zwgk/tzgg/index.html", link.Target?.AbsoluteUri);
        Assert.Equal("section2", link.Fragment);
    }

    [Fact]
    public void Fragment_is_split_from_the_target_and_kept_as_written()
    {
        // HTML looks for an element named by the raw fragment before the decoded one (FragmentTarget).
        var link = Single("<a href=\"/a.html?x=1#%E7%AC%AC%E4%B8%80%E7%AB%A0\">第一章</a>");

        Assert.Equal("http://127.0.0.1:8080/a.html?x=1", link.Target?.AbsoluteUri);
        Assert.Equal("%E7%AC%AC%E4%B8%80%E7%AB%A0", link.Fragment);
    }

    [Fact]
    public void Anchor_ids_include_ids_and_anchor_names()
    {
        var page = HtmlPageParser.Parse("""
            <div id="main"><h2 id="第一章">第一章</h2><a name="top"></a><span name="not-an-anchor"></span></div>
            """, PageUrl);

        Assert.Equal(new HashSet<string> { "main", "第一章", "top" }, page.AnchorIds);
    }

    [Fact]
    public void Hrefs_are_trimmed_entity_decoded_and_backslashes_become_slashes()
    {
        var links = LinksOf("""
            <a href="  /list.jsp?a=1&amp;b=2  ">列表</a>
            <a href="\zwgk\2024\file.html?q=a\b">反斜杠</a>
            <a href="/a
            b.html">换行</a>
            """);

        Assert.Equal(
            ["http://127.0.0.1:8080/list.jsp?a=1&b=2", "http://127.0.0.1:8080/zwgk/2024/file.html?q=a\\b", "http://127.0.0.1:8080/ab.html"],
            links.Select(link => link.Target!.OriginalString));
        Assert.Equal("  /list.jsp?a=1&amp;b=2  ", links[0].RawHref);
    }

    [Fact]
    public void Chinese_path_and_protocol_relative_hrefs_resolve()
    {
        var links = LinksOf("<a href=\"/附件/通知.html\">a</a><a href=\"//127.0.0.1:9000/x\">b</a>");

        Assert.Equal("http://127.0.0.1:8080/%E9%99%84%E4%BB%B6/%E9%80%9A%E7%9F%A5.html", links[0].Target?.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:9000/x", links[1].Target?.AbsoluteUri);
    }

    [Fact]
    public void Image_only_anchor_takes_the_image_alt_as_text()
    {
        var link = LinksOf("<a href=\"/zt/index.html\"><img src=\"/img/banner.jpg\" alt=\"学习贯彻专题\"></a>")[0];

        Assert.Equal(LinkKind.Anchor, link.Kind);
        Assert.Equal("学习贯彻专题", link.Text);
    }

    [Fact]
    public void Anchor_text_excludes_hidden_and_script_content()
    {
        var link = Single("<a href=\"/a.html\">政策<span style=\"display: none\">隐藏</span><script>var x='脚本';</script>解读</a>");

        Assert.Equal("政策解读", link.Text);
    }

    [Fact]
    public void Uppercase_tags_and_attributes_are_recognised()
    {
        var link = Single("<A HREF=\"/Upper.html\">大写</A>");

        Assert.Equal("http://127.0.0.1:8080/Upper.html", link.Target?.AbsoluteUri);
    }
}
