using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTP://WWW.Example.GOV.cn/a.html", "http://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn:80/a.html", "http://www.example.gov.cn/a.html")]
    [InlineData("https://www.example.gov.cn:443/a.html", "https://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn", "http://www.example.gov.cn/")]
    [InlineData("http://www.example.gov.cn?x=1", "http://www.example.gov.cn/?x=1")]
    [InlineData("http://www.example.gov.cn/a.html#section2", "http://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn/a.html?", "http://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn/a.html?#top", "http://www.example.gov.cn/a.html")]
    [InlineData("http://user:secret@www.example.gov.cn/a.html", "http://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn/./xxgk/../zwgk/./index.html", "http://www.example.gov.cn/zwgk/index.html")]
    [InlineData("http://www.example.gov.cn/../../a.html", "http://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn/a/b/..", "http://www.example.gov.cn/a/")]
    [InlineData("http://www.example.gov.cn/a/%2E%2E/b.html", "http://www.example.gov.cn/b.html")]
    [InlineData("http://www.example.gov.cn/%7Euser/%41bc.html", "http://www.example.gov.cn/~user/Abc.html")]
    [InlineData("http://www.example.gov.cn/a%2fb?q=%e4%b8%ad", "http://www.example.gov.cn/a%2Fb?q=%E4%B8%AD")]
    [InlineData("http://www.example.gov.cn/新闻/通知 公告.html", "http://www.example.gov.cn/%E6%96%B0%E9%97%BB/%E9%80%9A%E7%9F%A5%20%E5%85%AC%E5%91%8A.html")]
    [InlineData("http://www.example.gov.cn/search?q=a+b&sort=desc&page=2", "http://www.example.gov.cn/search?q=a+b&sort=desc&page=2")]
    [InlineData("http://www.example.gov.cn/s?b=2&a=1", "http://www.example.gov.cn/s?b=2&a=1")]
    [InlineData("http://www.example.gov.cn/100%.html", "http://www.example.gov.cn/100%25.html")]
    [InlineData("  http://www.example.gov.cn/a.html  ", "http://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn\\xxgk\\a.html", "http://www.example.gov.cn/xxgk/a.html")]
    [InlineData("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a")]
    [InlineData("http://[::1]:80/a", "http://[::1]/a")]
    [InlineData("https://example.gov.cn./a", "https://example.gov.cn/a")]
    public void Canonicalizes(string input, string expected)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void ChineseDomainBecomesPunycode()
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://政府.中国/公开", out var canonical));
        Assert.Equal("http://xn--mxtq1m.xn--fiqs8s/%E5%85%AC%E5%BC%80", canonical);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/a.html", "HTTP://www.EXAMPLE.gov.cn:80/a.html#p1")]
    [InlineData("https://www.example.gov.cn/", "https://www.example.gov.cn")]
    [InlineData("https://www.example.gov.cn/", "https://www.example.gov.cn:443/?")]
    [InlineData("http://www.example.gov.cn/zwgk/index.html", "http://www.example.gov.cn/xxgk/../zwgk/./index.html")]
    [InlineData("http://www.example.gov.cn/%E9%80%9A%E7%9F%A5.html", "http://www.example.gov.cn/通知.html")]
    [InlineData("http://www.example.gov.cn/%E9%80%9A%E7%9F%A5.html", "http://www.example.gov.cn/%e9%80%9a%e7%9f%a5.html")]
    [InlineData("http://www.example.gov.cn/a-b_c.html", "http://www.example.gov.cn/a%2Db%5Fc.html")]
    [InlineData("http://www.example.gov.cn/a b.html", "http://www.example.gov.cn/a%20b.html")]
    [InlineData("http://政府.中国/", "http://xn--mxtq1m.xn--fiqs8s/")]
    [InlineData("http://政府。中国/", "http://政府.中国/")]
    [InlineData("http://admin@www.example.gov.cn/a", "http://www.example.gov.cn/a")]
    [InlineData("http://www.example.gov.cn/list?col=1&page=2", "http://www.example.gov.cn/list?col=1&page=2#content")]
    public void TwoSpellingsOfOnePageAreEqual(string first, string second)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(first, out var a));
        Assert.True(UrlCanonicalizer.TryCanonicalize(second, out var b));
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/a.html", "https://www.example.gov.cn/a.html")]
    [InlineData("http://www.example.gov.cn/a.html", "http://www.example.gov.cn/A.html")]
    [InlineData("http://www.example.gov.cn/a/b", "http://www.example.gov.cn/a%2Fb")]
    [InlineData("http://www.example.gov.cn/s?a=1&b=2", "http://www.example.gov.cn/s?b=2&a=1")]
    [InlineData("http://www.example.gov.cn/a", "http://www.example.gov.cn/a/")]
    [InlineData("http://www.example.gov.cn:8080/a", "http://www.example.gov.cn/a")]
    public void DifferentPagesStayDifferent(string first, string second)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(first, out var a));
        Assert.True(UrlCanonicalizer.TryCanonicalize(second, out var b));
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mailto:xxgk@example.gov.cn")]
    [InlineData("javascript:void(0)")]
    [InlineData("ftp://example.gov.cn/a.pdf")]
    [InlineData("/relative/path.html")]
    [InlineData("http:///a.html")]
    [InlineData("http://www.example.gov.cn:99999/a")]
    [InlineData("http://www.example.gov.cn:8o/a")]
    [InlineData("http://www exam.gov.cn/a")]
    [InlineData("http://[::1/a")]
    [InlineData("http:www.example.gov.cn")]
    public void RejectsWhatIsNotAnAbsoluteHttpUrl(string input)
    {
        Assert.False(UrlCanonicalizer.TryCanonicalize(input, out var canonical));
        Assert.Equal(string.Empty, canonical);
    }

    [Fact]
    public void UriOverloadAgreesWithStringOverload()
    {
        var resolved = new Uri(new Uri("http://www.example.gov.cn/xxgk/tzgg/index.html"), "../zcwj/通知.html#p2");
        Assert.True(UrlCanonicalizer.TryCanonicalize(resolved, out var fromUri));
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://www.example.gov.cn/xxgk/zcwj/通知.html", out var fromString));
        Assert.Equal(fromString, fromUri);
    }

    [Fact]
    public void UriOverloadRejectsRelativeUri()
    {
        Assert.False(UrlCanonicalizer.TryCanonicalize(new Uri("a/b.html", UriKind.Relative), out _));
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/xxgk/list.jsp;jsessionid=A1B2C3D4E5", "http://www.example.gov.cn/xxgk/list.jsp")]
    [InlineData("http://www.example.gov.cn/xxgk/list.jsp;JSESSIONID=A1B2.node1?columnId=12", "http://www.example.gov.cn/xxgk/list.jsp?columnId=12")]
    [InlineData("http://www.example.gov.cn/app;jsessionid=XYZ/list.jsp", "http://www.example.gov.cn/app/list.jsp")]
    [InlineData("http://www.example.gov.cn/a.jsp;version=2;jsessionid=XYZ", "http://www.example.gov.cn/a.jsp;version=2")]
    [InlineData("http://www.example.gov.cn/list.jsp?jsessionid=XYZ", "http://www.example.gov.cn/list.jsp")]
    [InlineData("http://www.example.gov.cn/list.php?PHPSESSID=abc123", "http://www.example.gov.cn/list.php")]
    [InlineData("http://www.example.gov.cn/list.php?col=1&PhpSessId=abc&page=2", "http://www.example.gov.cn/list.php?col=1&page=2")]
    [InlineData("http://www.example.gov.cn/list.do?page=3&JSessionId=abc", "http://www.example.gov.cn/list.do?page=3")]
    [InlineData("http://www.example.gov.cn/list.do?jsessionid&page=3", "http://www.example.gov.cn/list.do?page=3")]
    public void SessionIdsAreDropped(string input, string expected)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/list.php?sid=abc&page=2")]
    [InlineData("http://www.example.gov.cn/list.php?xjsessionid=abc&page=2")]
    [InlineData("http://www.example.gov.cn/list.php?session=abc")]
    [InlineData("http://www.example.gov.cn/a.jsp;version=2")]
    [InlineData("http://www.example.gov.cn/jsessionid=abc/a.jsp")]
    [InlineData("http://www.example.gov.cn/list.php?kw=jsessionid")]
    public void OtherParametersAreKept(string input)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, out var canonical));
        Assert.Equal(input, canonical);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/search?kw=%D5%FE%CE%F1", "http://www.example.gov.cn/search?kw=%D5%FE%CE%F1")]
    [InlineData("http://www.example.gov.cn/search?kw=%d5%fe%ce%f1&page=2", "http://www.example.gov.cn/search?kw=%D5%FE%CE%F1&page=2")]
    [InlineData("http://www.example.gov.cn/%D5%FE.html", "http://www.example.gov.cn/%D5%FE.html")]
    public void GbkEscapesKeepTheirBytes(string input, string expected)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void GbkAndUtf8QueriesStayDifferent()
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://www.example.gov.cn/search?kw=%D5%FE%CE%F1", out var gbk));
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://www.example.gov.cn/search?kw=政务", out var utf8));
        Assert.NotEqual(gbk, utf8);
        Assert.Equal("http://www.example.gov.cn/search?kw=%E6%94%BF%E5%8A%A1", utf8);
    }

    [Fact]
    public void SessionIdSpellingsOfOnePageAreEqual()
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://www.example.gov.cn/list.jsp;jsessionid=AAA?col=1", out var first));
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://www.example.gov.cn/list.jsp;jsessionid=BBB?col=1&jsessionid=BBB", out var second));
        Assert.True(UrlCanonicalizer.TryCanonicalize("http://www.example.gov.cn/list.jsp?col=1", out var plain));
        Assert.Equal(plain, first);
        Assert.Equal(plain, second);
    }

    [Theory]
    [InlineData("http://x.gov.cn/a.html#sec2", "sec2")]
    [InlineData("../a.html#%E7%AC%AC%E4%BA%8C%E7%AB%A0", "第二章")]
    [InlineData("#top", "top")]
    [InlineData("http://x.gov.cn/a.html#", null)]
    [InlineData("http://x.gov.cn/a.html", null)]
    [InlineData("a.html#%D6%D0", "%D6%D0")]
    public void FragmentIsDecodedOrNull(string url, string? expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Fragment(url));
    }
}
