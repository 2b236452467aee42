using System.Globalization;
using System.Text;

namespace ComplianceFns.SampleSite.Documents;

/// <summary>
/// A one-page PDF written by hand: catalog, page, a Helvetica text stream and a /Link annotation with a /URI action,
/// with an exact xref table. The visible text is ASCII (a standard font has no Chinese glyphs); the title is Chinese.
/// </summary>
internal static class AnnualReportPdfDocument
{
    public const string Title = "某某县人民政府2024年政府信息公开工作年度报告";

    public static byte[] Create(string linkUri)
    {
        var uri = Escape(linkUri);
        var content = $"""
            BT /F1 16 Tf 72 780 Td (Annual Report 2024 on Government Information Disclosure) Tj ET
            BT /F1 11 Tf 72 750 Td (Appendix: statistics of disclosure requests, see:) Tj ET
            BT /F1 11 Tf 72 730 Td ({uri}) Tj ET
            """;
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream",
            $"<< /Type /Annot /Subtype /Link /Rect [70 725 540 744] /Border [0 0 0] /A << /Type /Action /S /URI /URI ({uri}) >> >>",
            $"<< /Title <{Utf16BigEndianHex(Title)}> /Producer (ComplianceFns SampleSite) >>",
        };

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xrefOffset = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n");
        pdf.Append("0000000000 65535 f \n"); // every xref entry is exactly 20 bytes
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Escape(string text)
    {
        if (text.Any(c => c > 126 || c < 32))
        {
            throw new ArgumentException("PDF literal strings here carry ASCII URLs only.", nameof(text));
        }
        return text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("(", @"\(", StringComparison.Ordinal).Replace(")", @"\)", StringComparison.Ordinal);
    }

    private static string Utf16BigEndianHex(string text) =>
        "FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
}
