using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>Builds DOCX fixtures in memory with OpenXml.</summary>
internal static class DocxFixtures
{
    /// <summary>A DOCX with hyperlinks in the body, a header, a footer and a footnote, plus HYPERLINK fields.</summary>
    public static byte[] DocxWithLinks()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var bodyLink = main.AddHyperlinkRelationship(new Uri("http://127.0.0.1:8080/zcwj/2024/notice.html"), isExternal: true);
            main.Document = new Document(new Body(
                new Paragraph(
                    new Run(new Text("详见")),
                    new Hyperlink(new Run(new Text("关于印发")), new Run(new Text("《实施方案》的通知"))) { Id = bodyLink.Id }),
                new Paragraph(new Hyperlink(new Run(new Text("目录"))) { Anchor = "_Toc1" }),
                new Paragraph(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" HYPERLINK \"http://127.0.0.1:8080/field")),
                    new Run(new FieldCode(".html\" \\o \"提示\" ")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(new Text("域代码链接")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.End })),
                new Paragraph(new SimpleField(new Run(new Text("简单域链接"))) { Instruction = "HYPERLINK \"http://127.0.0.1:8080/simple.html\"" }),
                new Paragraph(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" PAGE ")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(new Text("1")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.End }))));

            var header = main.AddNewPart<HeaderPart>();
            var headerLink = header.AddHyperlinkRelationship(new Uri("http://127.0.0.1:8080/header.html"), isExternal: true);
            header.Header = new Header(new Paragraph(new Hyperlink(new Run(new Text("页眉链接"))) { Id = headerLink.Id }));

            var footer = main.AddNewPart<FooterPart>();
            var footerLink = footer.AddHyperlinkRelationship(new Uri("http://127.0.0.1:8080/footer.html"), isExternal: true);
            footer.Footer = new Footer(new Paragraph(new Hyperlink(new Run(new Text("页脚链接"))) { Id = footerLink.Id }));

            var footnotes = main.AddNewPart<FootnotesPart>();
            var footnoteLink = footnotes.AddHyperlinkRelationship(new Uri("http://127.0.0.1:8080/footnote.html"), isExternal: true);
            footnotes.Footnotes = new Footnotes(new Footnote(new Paragraph(new Hyperlink(new Run(new Text("脚注链接"))) { Id = footnoteLink.Id })) { Id = 1 });
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites one relationship target inside a DOCX, to produce targets the OpenXml API refuses to write.</summary>
    public static byte[] WithRelationshipTarget(byte[] docx, string oldTarget, string newTarget)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/_rels/document.xml.rels")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open());
            writer.Write(xml.Replace(oldTarget, newTarget, StringComparison.Ordinal));
        }

        return stream.ToArray();
    }
}
