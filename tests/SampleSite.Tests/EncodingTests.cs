using System.Text;

namespace ComplianceFns.SampleSite.Tests;

public sealed class EncodingTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public async Task Page_declaring_gb2312_in_the_header_is_gbk_bytes()
    {
        using var response = await site.Raw.GetAsync(site.Url("/legacy/2015/t20150610_88.html"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.GetEncoding("GB2312").GetString(bytes);

        Assert.Equal("gb2312", response.Content.Headers.ContentType?.CharSet);
        Assert.Throws<DecoderFallbackException>(() => StrictUtf8.GetString(bytes));
        Assert.Contains("某某县2015年重点建设项目计划", text);
        Assert.DoesNotContain("charset", text);
        AssertNoGarbage(text);
    }

    [Fact]
    public async Task Page_declaring_gbk_only_in_meta_is_gbk_bytes_with_a_charsetless_header()
    {
        using var response = await site.Raw.GetAsync(site.Url("/legacy/2016/t20160308_93.html"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.GetEncoding("GBK").GetString(bytes);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentType?.CharSet);
        Assert.Throws<DecoderFallbackException>(() => StrictUtf8.GetString(bytes));
        Assert.Contains("<meta charset=\"gbk\">", text);
        Assert.Contains("镕铸新功", text); // 镕 exists in GBK but not in GB2312
        AssertNoGarbage(text);
    }

    /// <summary>Bad GBK decodes to private-use characters rather than U+FFFD.</summary>
    private static void AssertNoGarbage(string text) =>
        Assert.DoesNotContain(text, c => c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF');
}
