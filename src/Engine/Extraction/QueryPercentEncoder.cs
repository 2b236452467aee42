using System.Globalization;
using System.Text;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Percent-encodes the non-ASCII characters of an href's query in the page's encoding, as browsers do (WHATWG URL
/// "query state"): on a GBK page "?kw=政务" is sent as "?kw=%D5%FE%CE%F1". Paths are always UTF-8 and left alone,
/// as are escapes already written; a character the encoding lacks becomes an escaped "&amp;#NNNN;", again like browsers.
/// </summary>
internal static class QueryPercentEncoder
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <param name="href">An href without its fragment.</param>
    /// <param name="documentEncoding">The page's encoding; null, UTF-8 and UTF-16 leave the href to the UTF-8 default.</param>
    public static string Encode(string href, Encoding? documentEncoding)
    {
        if (documentEncoding is null || QueriesUseUtf8(documentEncoding))
        {
            return href;
        }

        var question = href.IndexOf('?');
        if (question < 0 || !HasNonAscii(href.AsSpan(question + 1)))
        {
            return href;
        }

        var strict = (Encoding)documentEncoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        var builder = new StringBuilder(href.Length * 3);
        builder.Append(href, 0, question + 1);
        Span<byte> bytes = stackalloc byte[16];
        foreach (var rune in href.AsSpan(question + 1).EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            AppendEncoded(builder, rune, strict, bytes);
        }

        return builder.ToString();
    }

    private static void AppendEncoded(StringBuilder builder, Rune rune, Encoding strict, Span<byte> bytes)
    {
        Span<char> chars = stackalloc char[2];
        var length = rune.EncodeToUtf16(chars);
        try
        {
            var count = strict.GetBytes(chars[..length], bytes);
            foreach (var value in bytes[..count])
            {
                builder.Append('%').Append(HexDigits[value >> 4]).Append(HexDigits[value & 0xF]);
            }
        }
        catch (EncoderFallbackException)
        {
            builder.Append("%26%23").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append("%3B");
        }
    }

    /// <summary>WHATWG: UTF-16 pages fall back to UTF-8 for URLs.</summary>
    private static bool QueriesUseUtf8(Encoding encoding) =>
        encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static bool HasNonAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
