using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>Builds PDF fixtures in memory, so no binary files live in the repository.</summary>
internal static class PdfFixtures
{
    /// <summary>A PdfPig-written PDF: page 1 has a link annotation and a typed URL; page 2 has another annotation.</summary>
    public static byte[] PdfWithLinks()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("Notice", 12, new PdfPoint(50, 700), font);
        first.AddLink("http://127.0.0.1:8080/zwgk/notice.html", new PdfRectangle(48, 695, 100, 715));
        first.AddText("See http://127.0.0.1:8080/typed/page.html, thanks.", 10, new PdfPoint(50, 600), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("Second page", 12, new PdfPoint(50, 700), font);
        second.AddLink("http://127.0.0.1:8080/page2.html", new PdfRectangle(48, 695, 140, 715));
        return builder.Build();
    }

    /// <summary>A PDF written by hand (objects, xref, trailer), independent of PdfPig's writer.</summary>
    /// <param name="pageText">ASCII text drawn on the page; null for a page without any text (like a scan).</param>
    /// <param name="linkUris">One /Link annotation with a /URI action per entry.</param>
    /// <param name="encrypted">Adds a /Standard security handler whose passwords do not match the empty one.</param>
    public static byte[] HandWrittenPdf(string? pageText, IReadOnlyList<string> linkUris, bool encrypted = false)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        };
        const int firstAnnotation = 4;
        var contentObject = firstAnnotation + linkUris.Count;
        var fontObject = contentObject + 1;
        var annotationRefs = string.Join(' ', linkUris.Select((_, i) => $"{firstAnnotation + i} 0 R"));
        objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [{annotationRefs}] /Contents {contentObject} 0 R /Resources << /Font << /F1 {fontObject} 0 R >> >> >>");
        objects.AddRange(linkUris.Select((uri, i) =>
            $"<< /Type /Annot /Subtype /Link /Rect [72 {700 - (30 * i)} 300 {720 - (30 * i)}] /Border [0 0 0] /A << /S /URI /URI ({uri}) >> >>"));
        var content = pageText is null ? string.Empty : $"BT /F1 12 Tf 72 705 Td ({pageText}) Tj ET";
        objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        if (encrypted)
        {
            var key = new string('A', 64);
            objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >>");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var encryption = encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<{new string('1', 32)}> <{new string('1', 32)}>]" : string.Empty;
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
