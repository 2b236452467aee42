using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceFns.SampleSite.Documents;

/// <summary>A small Word report whose appendix is an external hyperlink (a relationship with TargetMode External).</summary>
internal static class AnnualReportDocxDocument
{
    public const string Title = "某某县人民政府2023年政府信息公开工作年度报告";
    public const string LinkText = "政府信息公开申请办理情况统计表";

    public static byte[] Create(string linkUri)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var relationship = main.AddHyperlinkRelationship(new Uri(linkUri, UriKind.Absolute), isExternal: true);
            main.Document = new Document(new Body(
                new Paragraph(new Run(new RunProperties(new Bold()), new Text(Title))),
                new Paragraph(new Run(new Text("一、总体情况。2023年，某某县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1361条。"))),
                new Paragraph(
                    new Run(new Text("附表：") { Space = SpaceProcessingModeValues.Preserve }),
                    new Hyperlink(new Run(new RunProperties(new Underline { Val = UnderlineValues.Single }), new Text(LinkText)))
                    {
                        Id = relationship.Id,
                        History = OnOffValue.FromBoolean(true),
                    })));
        }
        return buffer.ToArray();
    }
}
