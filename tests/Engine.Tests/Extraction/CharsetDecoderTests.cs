using System.Text;
using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Tests.Extraction;

public sealed class CharsetDecoderTests
{
    private const string Chinese = "天津市武清区政务服务办公室关于公开征求意见的通知";

    private static readonly Encoding Gbk = Encoding.GetEncoding(936);

    private static byte[] Page(Encoding encoding, string head = "") =>
        encoding.GetBytes($"<html><head>{head}<title>{Chinese}</title></head><body><p>{Chinese}</p></body></html>");

    [Fact]
    public void Gbk_with_charset_in_header_only_decodes()
    {
        var result = CharsetDecoder.Decode(Page(Gbk), "text/html; charset=GBK");

        Assert.Contains(Chinese, result.Text);
        Assert.Equal("header", result.Source);
        Assert.Equal(936, result.Encoding.CodePage);
        Assert.False(result.LooksGarbled);
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GBK'>")]
    public void Gbk_with_charset_in_meta_only_decodes(string meta)
    {
        var result = CharsetDecoder.Decode(Page(Gbk, meta), "text/html");

        Assert.Contains(Chinese, result.Text);
        Assert.Equal("meta", result.Source);
        Assert.Equal(936, result.Encoding.CodePage);
    }

    [Fact]
    public void Meta_inside_a_comment_is_ignored()
    {
        var body = Gbk.GetBytes($"<!-- <meta charset=\"utf-8\"> --><meta charset=\"gbk\"><p>{Chinese}</p>");

        var result = CharsetDecoder.Decode(body, null);

        Assert.Equal("meta", result.Source);
        Assert.Contains(Chinese, result.Text);
    }

    [Fact]
    public void Gbk_without_any_charset_is_sniffed_as_gb18030()
    {
        var result = CharsetDecoder.Decode(Page(Gbk), null);

        Assert.Contains(Chinese, result.Text);
        Assert.Equal("sniff", result.Source);
        Assert.Equal(54936, result.Encoding.CodePage);
        Assert.False(result.LooksGarbled);
    }

    [Fact]
    public void Utf8_without_any_charset_is_sniffed_as_utf8()
    {
        var result = CharsetDecoder.Decode(Page(Encoding.UTF8), "text/html");

        Assert.Contains(Chinese, result.Text);
        Assert.Equal("sniff", result.Source);
        Assert.Equal(65001, result.Encoding.CodePage);
    }

    [Fact]
    public void Ascii_only_body_without_charset_uses_the_utf8_default()
    {
        var result = CharsetDecoder.Decode("<p>hello</p>"u8, null);

        Assert.Equal("<p>hello</p>", result.Text);
        Assert.Equal("default", result.Source);
        Assert.Equal(65001, result.Encoding.CodePage);
    }

    [Fact]
    public void Empty_body_decodes_to_empty_text()
    {
        var result = CharsetDecoder.Decode([], null);

        Assert.Equal(string.Empty, result.Text);
        Assert.False(result.LooksGarbled);
    }

    [Fact]
    public void Utf8_bom_wins_over_a_wrong_header_and_is_removed()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Page(Encoding.UTF8)];

        var result = CharsetDecoder.Decode(body, "text/html; charset=gb2312");

        Assert.Equal("bom", result.Source);
        Assert.StartsWith("<html>", result.Text);
        Assert.Contains(Chinese, result.Text);
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(1201)]
    public void Utf16_boms_are_honoured(int codePage)
    {
        var encoding = Encoding.GetEncoding(codePage);
        byte[] body = [.. encoding.GetPreamble(), .. Page(encoding)];

        var result = CharsetDecoder.Decode(body, "text/html; charset=utf-8");

        Assert.Equal("bom", result.Source);
        Assert.Equal(codePage, result.Encoding.CodePage);
        Assert.StartsWith("<html>", result.Text);
        Assert.Contains(Chinese, result.Text);
    }

    [Fact]
    public void Gb18030_bom_is_honoured()
    {
        var gb18030 = Encoding.GetEncoding(54936);
        byte[] body = [0x84, 0x31, 0x95, 0x33, .. Page(gb18030)];

        var result = CharsetDecoder.Decode(body, null);

        Assert.Equal("bom", result.Source);
        Assert.StartsWith("<html>", result.Text);
        Assert.Contains(Chinese, result.Text);
    }

    [Fact]
    public void Utf8_page_with_a_wrong_gb2312_header_is_read_as_utf8()
    {
        var result = CharsetDecoder.Decode(Page(Encoding.UTF8), "text/html; charset=gb2312");

        Assert.Contains(Chinese, result.Text);
        Assert.Equal(65001, result.Encoding.CodePage);
        Assert.Equal("sniff", result.Source);
        Assert.True(result.DeclaredCharsetWasWrong);
        Assert.Equal("gb2312", result.DeclaredCharset);
        Assert.False(result.LooksGarbled);
    }

    [Fact]
    public void Gbk_page_with_a_wrong_utf8_header_is_read_as_gbk()
    {
        var result = CharsetDecoder.Decode(Page(Gbk), "text/html; charset=utf-8");

        Assert.Contains(Chinese, result.Text);
        Assert.Equal(54936, result.Encoding.CodePage);
        Assert.True(result.DeclaredCharsetWasWrong);
        Assert.False(result.LooksGarbled);
    }

    [Theory]
    [InlineData("x-gbk")]
    [InlineData("\"GBK\"")]
    [InlineData("cp936")]
    [InlineData("windows-936")]
    [InlineData("ms936")]
    [InlineData("GB_2312-80")]
    [InlineData("csGB2312")]
    [InlineData("chinese")]
    public void Gbk_aliases_map_to_code_page_936(string alias)
    {
        var result = CharsetDecoder.Decode(Page(Gbk), $"text/html; charset={alias}");

        Assert.Equal(936, result.Encoding.CodePage);
        Assert.Equal("header", result.Source);
        Assert.Contains(Chinese, result.Text);
    }

    [Fact]
    public void Gb18030_label_decodes_four_byte_sequences()
    {
        const string rare = "𠀀㐀"; // outside GBK: needs GB18030's four-byte forms
        var gb18030 = Encoding.GetEncoding(54936);

        var result = CharsetDecoder.Decode(gb18030.GetBytes($"<p>{rare}{Chinese}</p>"), "text/html; charset=GB18030");

        Assert.Equal(54936, result.Encoding.CodePage);
        Assert.Contains(rare + Chinese, result.Text);
    }

    [Fact]
    public void Big5_label_decodes_traditional_chinese()
    {
        const string traditional = "臺灣政府資訊公開";
        var big5 = Encoding.GetEncoding("big5");

        var result = CharsetDecoder.Decode(big5.GetBytes($"<p>{traditional}</p>"), "text/html; charset=big5");

        Assert.Contains(traditional, result.Text);
        Assert.Equal(950, result.Encoding.CodePage);
    }

    [Fact]
    public void Unknown_header_charset_falls_through_to_meta()
    {
        var result = CharsetDecoder.Decode(Page(Gbk, "<meta charset=\"gbk\">"), "text/html; charset=no-such-charset");

        Assert.Equal("meta", result.Source);
        Assert.Contains(Chinese, result.Text);
    }

    [Fact]
    public void Utf8_page_with_a_latin1_header_is_read_as_utf8()
    {
        var result = CharsetDecoder.Decode(Page(Encoding.UTF8), "text/html; charset=ISO-8859-1");

        Assert.Contains(Chinese, result.Text);
        Assert.True(result.DeclaredCharsetWasWrong);
    }

    [Fact]
    public void Random_bytes_are_flagged_as_garbled_without_throwing()
    {
        var random = new Random(42);
        var body = new byte[4096];
        random.NextBytes(body);

        var result = CharsetDecoder.Decode(body, "text/html; charset=utf-8");

        Assert.True(result.LooksGarbled);
    }

    [Fact]
    public void Body_truncated_inside_a_utf8_sequence_is_still_sniffed_as_utf8()
    {
        var cut = Encoding.UTF8.GetBytes($"<p>{Chinese}")[..^1]; // last character cut after two of its three bytes

        var result = CharsetDecoder.Decode(cut, null);

        Assert.Equal(65001, result.Encoding.CodePage);
        Assert.StartsWith($"<p>{Chinese[..^1]}", result.Text);
    }
}
