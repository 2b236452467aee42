using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class UnusableHrefTests
{
    [Theory]
    [InlineData("irc://irc.freenode.net/%23bootstrap")]
    [InlineData("news:comp.lang.c")]
    [InlineData("nntp://news.example.com/group")]
    [InlineData("mailto:email@example.com")]
    [InlineData("tel:12345")]
    [InlineData("weixin://dl/chat")]
    [InlineData("data:text/plain;base64,8J+Qvw==")]
    [InlineData("JavaScript:void(0)")]
    public void A_scheme_the_browser_hands_to_another_program_is_not_judged(string href) =>
        Assert.Null(UnusableHref.Judge(href));

    [Theory]
    [InlineData("file:///C:/Users/admin/Desktop/通知.doc", "file: 协议")]
    [InlineData("C:\\Users\\admin\\clip_image002.jpg", "Windows 本机路径")]
    [InlineData("d:/公文/附件1.xls", "Windows 本机路径")]
    public void A_local_file_is_named_as_such(string href, string detail)
    {
        var result = UnusableHref.Judge(href)!;

        Assert.Equal(LinkFailure.LocalFile, result.Failure);
        Assert.Equal(detail, result.Detail);
        Assert.Equal(LinkRules.LocalFile, LinkFindingFactory.RuleFor(LinkKind.Anchor, result));
    }

    [Theory]
    [InlineData(LinkKind.Image)]
    [InlineData(LinkKind.Media)]
    [InlineData(LinkKind.Attachment)]
    public void A_local_file_is_named_as_such_whatever_the_element(LinkKind kind)
    {
        // Word pastes images as file:///C:/Users/…/msohtmlclip1/01/clip_image001.png: the image is to be uploaded.
        var result = UnusableHref.Judge("file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png")!;

        Assert.Equal(LinkRules.LocalFile, LinkFindingFactory.RuleFor(kind, result));
    }

    [Theory]
    [InlineData("ftp://ftp.example.gov.cn/pub/a.zip")]
    [InlineData("FTPS://ftp.example.gov.cn/")]
    public void An_ftp_address_is_a_hint_naming_ftp(string href)
    {
        var result = UnusableHref.Judge(href)!;

        Assert.Equal(LinkFailure.FtpLink, result.Failure);
        Assert.Equal(LinkRules.FtpLink, LinkFindingFactory.RuleFor(LinkKind.Attachment, result));
        Assert.Equal(Findings.Severity.Hint, LinkRules.FtpLink.Severity);
    }

    [Theory]
    [InlineData("htp://www.gov.cn/", "“htp:”")]
    [InlineData("//////", "无法解析为有效的网址")]
    [InlineData("https://example]org/malformed_two", "无法解析为有效的网址")]
    public void Anything_else_is_an_invalid_url_that_says_why(string href, string detail)
    {
        var result = UnusableHref.Judge(href)!;

        Assert.Equal(LinkFailure.InvalidUrl, result.Failure);
        Assert.Contains(detail, result.Detail, StringComparison.Ordinal);
    }
}
