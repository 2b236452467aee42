using System.IO.Compression;
using System.Text;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>Builds DOCX files whose parts inflate far beyond their compressed size.</summary>
internal static class DocxBombFixtures
{
    public const long MiB = 1024 * 1024;

    /// <summary>The valid fixture DOCX with <paramref name="spaces"/> spaces between the XML declaration and the root.</summary>
    public static byte[] WithPaddedDocumentXml(long spaces) =>
        Rewrite(DocxFixtures.DocxWithLinks(), zip =>
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            using var output = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            output.Write(Encoding.UTF8.GetBytes(xml[..declarationEnd]));
            WriteRepeated(output, (byte)' ', spaces);
            output.Write(Encoding.UTF8.GetBytes(xml[declarationEnd..]));
        });

    /// <summary>The valid fixture DOCX plus <paramref name="count"/> entries of <paramref name="bytesEach"/> repeated bytes.</summary>
    public static byte[] WithExtraEntries(int count, long bytesEach, Func<int, string> name, CompressionLevel level, string prefix = "") =>
        Rewrite(DocxFixtures.DocxWithLinks(), zip =>
        {
            for (var i = 0; i < count; i++)
            {
                using var output = zip.CreateEntry(name(i), level).Open();
                output.Write(Encoding.UTF8.GetBytes(prefix));
                WriteRepeated(output, (byte)' ', bytesEach - prefix.Length);
            }
        });

    private static byte[] Rewrite(byte[] docx, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    private static void WriteRepeated(Stream output, byte value, long count)
    {
        var chunk = new byte[MiB];
        Array.Fill(chunk, value);
        for (var left = count; left > 0; left -= chunk.Length)
        {
            output.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
    }
}
