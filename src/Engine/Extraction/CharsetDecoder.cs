using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Decodes a fetched body to text the way a careful browser would: BOM, then the HTTP charset, then a
/// <c>&lt;meta&gt;</c> declaration, then byte sniffing (valid UTF-8, else GB18030). Declared charsets are
/// checked against the bytes, because Chinese government servers often send a wrong one.
/// </summary>
public static partial class CharsetDecoder
{
    public const string SourceBom = "bom";
    public const string SourceHeader = "header";
    public const string SourceMeta = "meta";
    public const string SourceSniff = "sniff";
    public const string SourceDefault = "default";

    /// <summary>Browsers look for a meta charset only in the first bytes; 4 KiB is generous.</summary>
    private const int MetaScanBytes = 4096;

    /// <summary>Decodes <paramref name="body"/>; never throws.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> body, string? contentTypeHeader)
    {
        if (TryDecodeWithBom(body) is { } withBom)
        {
            return withBom;
        }

        var headerLabel = CharsetFromContentType(contentTypeHeader);
        var headerEncoding = CharsetNames.TryResolve(headerLabel);
        if (headerEncoding is not null)
        {
            return DecodeDeclared(body, headerEncoding, SourceHeader, headerLabel);
        }

        var metaLabel = CharsetFromMeta(body);
        var metaEncoding = CharsetNames.TryResolve(metaLabel);
        if (metaEncoding is not null)
        {
            // A meta tag is readable as ASCII, so a page cannot really be UTF-16 when it says so there.
            if (CharsetNames.IsUtf16Or32(metaEncoding))
            {
                metaEncoding = CharsetNames.Utf8;
            }

            return DecodeDeclared(body, metaEncoding, SourceMeta, metaLabel);
        }

        return Sniff(body, headerLabel ?? metaLabel);
    }

    /// <summary>The charset parameter of a Content-Type value such as <c>text/html; charset="GBK"</c>.</summary>
    internal static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var match = HeaderCharsetPattern().Match(contentType);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>Finds <c>&lt;meta charset&gt;</c> or an http-equiv content charset by scanning bytes as ASCII.</summary>
    internal static string? CharsetFromMeta(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, MetaScanBytes)];
        var ascii = Encoding.Latin1.GetString(head);
        ascii = CommentPattern().Replace(ascii, " ");
        foreach (Match meta in MetaTagPattern().Matches(ascii))
        {
            var charset = MetaCharsetPattern().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups["cs"].Value;
            }
        }

        return null;
    }

    private static DecodedText? TryDecodeWithBom(ReadOnlySpan<byte> body)
    {
        (int length, int codePage)? bom = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, 65001),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (4, 12000),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (4, 12001),
            [0xFF, 0xFE, ..] => (2, 1200),
            [0xFE, 0xFF, ..] => (2, 1201),
            [0x84, 0x31, 0x95, 0x33, ..] => (4, CharsetNames.Gb18030CodePage),
            _ => null,
        };
        if (bom is not { } found)
        {
            return null;
        }

        var encoding = found.codePage switch
        {
            65001 => CharsetNames.Utf8,
            CharsetNames.Gb18030CodePage => CharsetNames.Gb18030,
            _ => Encoding.GetEncoding(found.codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")),
        };
        var text = encoding.GetString(body[found.length..]);
        return new DecodedText(text, encoding, SourceBom, LooksGarbled(text));
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> body, Encoding declared, string source, string? label)
    {
        var text = declared.GetString(body);
        var result = new DecodedText(text, declared, source, LooksGarbled(text)) { DeclaredCharset = label };
        if (CharsetNames.IsUtf16Or32(declared))
        {
            return result;
        }

        var profile = Utf8Probe.Inspect(body);
        if (!CharsetNames.IsUtf8(declared))
        {
            // Strictly valid multi-byte UTF-8 practically never happens by chance in GBK or Latin-1 text of any length.
            if (profile == Utf8Profile.ValidMultiByte)
            {
                return Overrule(CharsetNames.Utf8.GetString(body), CharsetNames.Utf8, label);
            }
        }

        var badness = CountSuspicious(text);
        if (badness == 0)
        {
            return result;
        }

        Encoding[] alternatives = CharsetNames.IsUtf8(declared)
            ? [CharsetNames.Gb18030]
            : [CharsetNames.Gb18030, CharsetNames.Utf8];
        foreach (var alternative in alternatives)
        {
            if (alternative.CodePage == declared.CodePage)
            {
                continue;
            }

            var candidate = alternative.GetString(body);
            var candidateBadness = CountSuspicious(candidate);
            // Demand a clear win: a declaration is evidence, and mixed-encoding pages are garbled either way.
            if (candidateBadness * 2 < badness)
            {
                return Overrule(candidate, alternative, label);
            }
        }

        return result;
    }

    private static DecodedText Overrule(string text, Encoding encoding, string? label) =>
        new(text, encoding, SourceSniff, LooksGarbled(text)) { DeclaredCharset = label, DeclaredCharsetWasWrong = true };

    private static DecodedText Sniff(ReadOnlySpan<byte> body, string? unrecognisedLabel)
    {
        switch (Utf8Probe.Inspect(body))
        {
            case Utf8Profile.Ascii:
            {
                var text = CharsetNames.Utf8.GetString(body);
                return new DecodedText(text, CharsetNames.Utf8, SourceDefault, LooksGarbled(text)) { DeclaredCharset = unrecognisedLabel };
            }
            case Utf8Profile.ValidMultiByte:
            {
                var text = CharsetNames.Utf8.GetString(body);
                return new DecodedText(text, CharsetNames.Utf8, SourceSniff, LooksGarbled(text)) { DeclaredCharset = unrecognisedLabel };
            }
            default:
            {
                var text = CharsetNames.Gb18030.GetString(body);
                return new DecodedText(text, CharsetNames.Gb18030, SourceSniff, LooksGarbled(text)) { DeclaredCharset = unrecognisedLabel };
            }
        }
    }

    /// <summary>U+FFFD (invalid bytes) and private-use characters (what invalid GBK decodes to, e.g. U+F8F5).</summary>
    internal static int CountSuspicious(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Many suspicious characters, absolutely and relative to the non-ASCII text.</summary>
    internal static bool LooksGarbled(string text)
    {
        var suspicious = 0;
        var nonAscii = 0;
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                nonAscii++;
                if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF')
                {
                    suspicious++;
                }
            }
        }

        return suspicious >= 4 && suspicious * 20 >= nonAscii;
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<cs>[^"';,\s]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCharsetPattern();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTagPattern();

    // Covers <meta charset="gbk"> and content="text/html; charset=gb2312".
    [GeneratedRegex("""charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
