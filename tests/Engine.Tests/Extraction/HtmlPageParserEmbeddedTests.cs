using ComplianceFns.Engine.Extraction;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>What a browser loads besides img, script and stylesheet: picture sources, media, posters, icons.</summary>
public sealed class HtmlPageParserEmbeddedTests
{
    private static readonly Uri PageUrl = new("http://127.0.0.1:8080/zwgk/index.html");

    private static IReadOnlyList<ExtractedLink> LinksOf(string html) => HtmlPageParser.Parse(html, PageUrl).Links;

    [Fact]
    public void Every_picture_source_candidate_is_an_image_with_the_pictures_alt()
    {
        var links = LinksOf("""
            <picture>
              <source media="(min-width: 800px)" srcset="wide.webp 1x, wide@2x.webp 2x" type="image/webp">
              <source srcset="data:image/png;base64,iVBORw0KGgo=">
              <img src="photo.jpeg" alt="县政府大楼">
            </picture>
            """);

        Assert.Equal(
            ["wide.webp", "wide@2x.webp", "photo.jpeg"],
            links.Select(l => l.RawHref));
        Assert.All(links, l => Assert.Equal(LinkKind.Image, l.Kind));
        Assert.All(links, l => Assert.Equal("县政府大楼", l.Text));
    }

    [Fact]
    public void Unclosed_picture_sources_are_still_read_as_images()
    {
        var links = LinksOf("<picture><source srcset=\"a.webp\"><source srcset=\"b.avif\"><img src=\"c.jpg\" alt=\"图\"></picture>");

        Assert.Equal(["a.webp", "b.avif", "c.jpg"], links.Select(l => l.RawHref));
        Assert.All(links, l => Assert.Equal(LinkKind.Image, l.Kind));
    }

    [Fact]
    public void Video_audio_sources_and_tracks_are_media_and_a_poster_is_an_image()
    {
        var links = LinksOf("""
            <video src="/media/intro.mp4" poster="/media/intro.jpg" title="政策解读视频">
              <source src="/media/intro.webm" type="video/webm">
              <track kind="captions" src="/media/intro.vtt" srclang="zh">
            </video>
            <audio src="/media/notice.mp3"></audio>
            <audio><source src="/media/notice.ogg"></audio>
            """);

        Assert.Equal(
            [
                ("/media/intro.mp4", LinkKind.Media), ("/media/intro.jpg", LinkKind.Image), ("/media/intro.webm", LinkKind.Media),
                ("/media/intro.vtt", LinkKind.Media), ("/media/notice.mp3", LinkKind.Media), ("/media/notice.ogg", LinkKind.Media),
            ],
            links.Select(l => (l.RawHref, l.Kind)));
        Assert.Equal("http://127.0.0.1:8080/media/intro.webm", links[2].Target?.AbsoluteUri);
        Assert.Equal("视频封面图", links[1].Text);
        Assert.Equal("政策解读视频", links[0].Text);
    }

    [Theory]
    [InlineData("icon")]
    [InlineData("shortcut icon")]
    [InlineData("ICON")]
    public void A_site_icon_is_an_image(string rel)
    {
        var link = Assert.Single(LinksOf($"<head><link rel=\"{rel}\" href=\"/favicon.ico\"></head>"));

        Assert.Equal(LinkKind.Image, link.Kind);
        Assert.Equal("网站图标", link.Text);
        Assert.Equal("http://127.0.0.1:8080/favicon.ico", link.Target?.AbsoluteUri);
    }

    [Fact]
    public void A_disabled_stylesheet_is_not_loaded_so_not_extracted()
    {
        var links = LinksOf("""
            <head>
              <link rel="stylesheet" href="/css/main.css">
              <link rel="stylesheet" href="/css/old.css" disabled>
              <link rel="alternate stylesheet" href="/css/large.css" title="大字版" disabled="disabled">
              <link rel="preconnect" href="https://fonts.gstatic.com">
              <link rel="canonical" href="/zwgk/index.html">
            </head>
            """);

        var stylesheet = Assert.Single(links);
        Assert.Equal("/css/main.css", stylesheet.RawHref);
        Assert.Equal(LinkKind.Stylesheet, stylesheet.Kind);
    }

    [Theory]
    [InlineData("irc://irc.freenode.net/%23bootstrap")]
    [InlineData("news:comp.lang.c")]
    [InlineData("mailto:email@example.com")]
    public void A_link_the_browser_hands_to_another_program_is_not_extracted(string href) =>
        Assert.Empty(LinksOf($"<a href=\"{href}\">联系</a>"));

    [Theory]
    [InlineData("ftp://ftp.example.gov.cn/a.zip")]
    [InlineData("file:///C:/Users/a.doc")]
    public void Another_scheme_is_extracted_without_a_target_for_the_rules_to_name(string href)
    {
        var link = Assert.Single(LinksOf($"<a href=\"{href}\">下载</a>"));

        Assert.Null(link.Target);
        Assert.Equal(href, link.RawHref);
    }
}
