using System.Text;
using ComplianceFns.Engine.Extraction;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>Browsers percent-encode a link's query in the page's encoding; its path is always UTF-8.</summary>
public sealed class HtmlPageParserQueryEncodingTests
{
    private static readonly Uri PageUrl = new("http://127.0.0.1:8080/zwgk/index.html");
    private static readonly Encoding Gbk = Encoding.GetEncoding(936);

    private static ExtractedLink Single(string body, Encoding? encoding) =>
        Assert.Single(HtmlPageParser.Parse($"<html><body>{body}</body></html>", PageUrl, encoding).Links);

    [Fact]
    public void Gbk_page_encodes_the_query_in_gbk()
    {
        var link = Single("<a href=\"/search?kw=政务\">搜索</a>", Gbk);

        Assert.Equal("http://127.0.0.1:8080/search?kw=%D5%FE%CE%F1", link.Target?.AbsoluteUri);
        Assert.Equal("/search?kw=政务", link.RawHref);
    }

    [Fact]
    public void Gbk_page_keeps_the_path_in_utf8()
    {
        var link = Single("<a href=\"/政务/list.jsp?kw=政务&amp;page=2\">列表</a>", Gbk);

        Assert.Equal("http://127.0.0.1:8080/%E6%94%BF%E5%8A%A1/list.jsp?kw=%D5%FE%CE%F1&page=2", link.Target?.AbsoluteUri);
    }

    [Fact]
    public void Gbk_page_keeps_escapes_already_written_and_the_fragment_unchanged()
    {
        var link = Single("<a href=\"search?a=%E6%94%BF&amp;b=务#第二章\">搜索</a>", Gbk);

        Assert.Equal("http://127.0.0.1:8080/zwgk/search?a=%E6%94%BF&b=%CE%F1", link.Target?.AbsoluteUri);
        Assert.Equal("第二章", link.Fragment);
    }

    [Fact]
    public void Gbk_page_writes_characters_gbk_lacks_as_numeric_references()
    {
        // What browsers send for a character outside the page's encoding: "&#128512;" percent-encoded.
        var link = Single("<a href=\"/s?kw=政😀\">搜索</a>", Gbk);

        Assert.Equal("http://127.0.0.1:8080/s?kw=%D5%FE%26%23128512%3B", link.Target?.AbsoluteUri);
    }

    [Fact]
    public void Gbk_query_applies_to_images_and_refresh_targets_too()
    {
        var page = HtmlPageParser.Parse(
            "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/go?to=政务\"></head><body><img src=\"/img?name=务\"></body></html>",
            PageUrl,
            Gbk);

        Assert.Equal(
            ["http://127.0.0.1:8080/go?to=%D5%FE%CE%F1", "http://127.0.0.1:8080/img?name=%CE%F1"],
            page.Links.Select(link => link.Target?.AbsoluteUri));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void Utf8_and_default_pages_encode_the_query_in_utf8(string? encodingName)
    {
        var encoding = encodingName is null ? null : Encoding.GetEncoding(encodingName);

        var link = Single("<a href=\"/search?kw=政务\">搜索</a>", encoding);

        Assert.Equal("http://127.0.0.1:8080/search?kw=%E6%94%BF%E5%8A%A1", link.Target?.AbsoluteUri);
    }

    [Fact]
    public void Canonical_form_keeps_the_gbk_bytes()
    {
        var link = Single("<a href=\"/search?kw=政务\">搜索</a>", Gbk);

        Assert.True(UrlCanonicalizer.TryCanonicalize(link.Target!, out var canonical));
        Assert.Equal("http://127.0.0.1:8080/search?kw=%D5%FE%CE%F1", canonical);
    }
}
