using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>Hand-written PDFs whose pages' content streams are Flate-compressed runs of zeros.</summary>
internal static class PdfBombFixtures
{
    public const long MiB = 1024 * 1024;

    /// <summary>A zlib stream (as PDF FlateDecode expects) of <paramref name="zeros"/> zero bytes.</summary>
    public static byte[] FlateZeros(long zeros)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[MiB];
            for (var left = zeros; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// One page per entry of <paramref name="bombPages"/>: a page marked true draws its content from
    /// <paramref name="flateContent"/>; the others draw a typed URL. Every page has a /Link annotation to
    /// "http://127.0.0.1:8080/pN.html"; page N's typed URL is "http://127.0.0.1:8080/typedN.html".
    /// </summary>
    public static byte[] Pdf(IReadOnlyList<bool> bombPages, byte[] flateContent)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(int number, Action body)
        {
            offsets.Add(pdf.Position);
            Ascii($"{number} 0 obj\n");
            body();
            Ascii("\nendobj\n");
        }

        // Objects: 1 catalog, 2 pages, 3 font, then per page i: page 4+3i, annotation 5+3i, content 6+3i.
        var count = bombPages.Count;
        Ascii("%PDF-1.4\n");
        Object(1, () => Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        var kids = string.Join(' ', Enumerable.Range(0, count).Select(i => $"{4 + (3 * i)} 0 R"));
        Object(2, () => Ascii($"<< /Type /Pages /Kids [{kids}] /Count {count} >>"));
        Object(3, () => Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        for (var i = 0; i < count; i++)
        {
            var page = i + 1;
            var first = 4 + (3 * i);
            Object(first, () => Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [{first + 1} 0 R] /Contents {first + 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
            Object(first + 1, () => Ascii($"<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /Border [0 0 0] /A << /S /URI /URI (http://127.0.0.1:8080/p{page}.html) >> >>"));
            if (bombPages[i])
            {
                Object(first + 2, () =>
                {
                    Ascii($"<< /Length {flateContent.Length} /Filter /FlateDecode >>\nstream\n");
                    pdf.Write(flateContent);
                    Ascii("\nendstream");
                });
            }
            else
            {
                var content = $"BT /F1 12 Tf 72 600 Td (See http://127.0.0.1:8080/typed{page}.html now) Tj ET";
                Object(first + 2, () => Ascii($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"));
            }
        }

        var xref = pdf.Position;
        Ascii($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Ascii(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Ascii($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
