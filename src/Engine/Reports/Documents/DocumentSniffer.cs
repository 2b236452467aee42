using System.Text.RegularExpressions;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>What the bytes are. Portals serve attachments as application/octet-stream or under wrong names, so the
/// content decides and the file name or content type only words the failure when the content is unrecognisable.</summary>
internal static partial class DocumentSniffer
{
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipMagic = [0x50, 0x4B, 0x05, 0x06];

    /// <summary>Some producers put junk before the PDF header; readers accept it within the first KiB.</summary>
    private const int PdfHeaderWindow = 1024;

    /// <summary>Markup is looked for at the start of the text only; a report quoting "&lt;p&gt;" later is still text.</summary>
    private const int MarkupScanChars = 4096;

    public static bool IsPdf(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(PdfMagic) >= 0;

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith(ZipMagic) || content.StartsWith(EmptyZipMagic);

    public static bool IsHtml(string text) => MarkupPattern().IsMatch(text.AsSpan(0, Math.Min(text.Length, MarkupScanChars)));

    /// <summary>NUL and other C0 controls (besides tab, CR, LF, FF) do not occur in text files; they mean a binary format.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                controls++;
            }
        }

        return controls * 100 > sample.Length;
    }

    public static bool HintsPdf(string hint) => hint.Contains("pdf", StringComparison.OrdinalIgnoreCase);

    public static bool HintsDocx(string hint) =>
        hint.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) || hint.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""<(!doctype\s+html|html|head|body|table|p|div|br|h[1-6]|meta|title)[\s/>]""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();
}
