using System.Text;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Maps charset labels found on real pages to .NET encodings that never throw while decoding.</summary>
internal static class CharsetNames
{
    public const int GbkCodePage = 936;
    public const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;
    private const int Windows1252CodePage = 1252;

    /// <summary>UTF-8 without BOM emission; invalid bytes become U+FFFD.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Gbk => FromCodePage(GbkCodePage);

    public static Encoding Gb18030 => FromCodePage(Gb18030CodePage);

    /// <summary>Resolves a label such as "GB2312", "x-gbk" or "utf8"; null when unknown.</summary>
    public static Encoding? TryResolve(string? label)
    {
        var name = Normalize(label);
        if (name.Length == 0)
        {
            return null;
        }

        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                return Utf8;
            case "gb2312" or "gbk" or "x-gbk" or "cp936" or "windows-936" or "ms936" or "gb_2312-80" or "gb_2312"
                or "csgb2312" or "chinese" or "iso-ir-58" or "csiso58gb231280" or "euc-cn" or "x-euc-cn" or "936":
                return FromCodePage(GbkCodePage);
            case "gb18030" or "gb-18030" or "54936":
                return FromCodePage(Gb18030CodePage);
            case "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" or "csbig5" or "cp950":
                return FromCodePage(Big5CodePage);
            // .NET's ASCII decoder turns high bytes into '?', hiding them; browsers read these labels as windows-1252.
            case "us-ascii" or "ascii" or "ansi_x3.4-1968" or "windows-1252" or "cp1252":
                return FromCodePage(Windows1252CodePage);
        }

        try
        {
            var found = Encoding.GetEncoding(name);
            return FromCodePage(found.CodePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    public static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;

    public static bool IsUtf16Or32(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static Encoding FromCodePage(int codePage)
    {
        if (codePage == Encoding.UTF8.CodePage)
        {
            return Utf8;
        }

        // An explicit U+FFFD fallback, so every undecodable byte is visible to the garbling check.
        return Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    private static string Normalize(string? label) =>
        (label ?? string.Empty).Trim().Trim('"', '\'').Trim().ToLowerInvariant();
}
