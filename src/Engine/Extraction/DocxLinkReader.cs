using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ComplianceFns.Engine.Diagnostics;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Reads external hyperlinks (w:hyperlink relationships and HYPERLINK fields) from a DOCX with OpenXml.</summary>
internal static class DocxLinkReader
{
    public static DocumentLinks Read(Stream stream)
    {
        var collector = new DocumentLinkCollector();
        try
        {
            if (DocxInflationGuard.Refusal(stream) is { } refusal)
            {
                return DocumentLinks.Failed($"{refusal}，未读取其中的链接");
            }

            var rawTargets = DocxRelationshipTargets.Read(stream);
            // A second bound behind the guard: no part is loaded as a DOM beyond the cap.
            var settings = new OpenSettings { MaxCharactersInPart = DocxLimits.MaxXmlPartBytes };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var main = document.MainDocumentPart
                ?? throw new InvalidDataException("缺少正文部分（word/document.xml）");
            string? partError = null;
            string? partDetail = null;
            foreach (var part in PartsWithText(main))
            {
                try
                {
                    ReadPart(part, rawTargets.GetValueOrDefault(part.Uri.OriginalString), collector);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    partError ??= $"DOCX文件部分内容已损坏，无法读取（{part.Uri}）";
                    partDetail ??= ExceptionDetail.Describe(ex);
                }
            }

            return new DocumentLinks(collector.Links, partError) { Truncated = collector.Truncated, Detail = partDetail };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new DocumentLinks(collector.Links, "DOCX文件已加密、已损坏或不完整，无法读取") { Detail = ExceptionDetail.Describe(ex) };
        }
    }

    private static IEnumerable<OpenXmlPart> PartsWithText(MainDocumentPart main)
    {
        yield return main;
        foreach (var header in main.HeaderParts)
        {
            yield return header;
        }

        foreach (var footer in main.FooterParts)
        {
            yield return footer;
        }

        if (main.FootnotesPart is { } footnotes)
        {
            yield return footnotes;
        }

        if (main.EndnotesPart is { } endnotes)
        {
            yield return endnotes;
        }
    }

    private static void ReadPart(OpenXmlPart part, Dictionary<string, string>? rawTargets, DocumentLinkCollector collector)
    {
        if (part.RootElement is not { } root)
        {
            return;
        }

        var targets = part.HyperlinkRelationships.ToDictionary(
            r => r.Id,
            r => rawTargets?.GetValueOrDefault(r.Id) ?? r.Uri.OriginalString,
            StringComparer.Ordinal);
        var fields = new Stack<FieldState>();
        foreach (var element in root.Descendants())
        {
            if (collector.IsFull)
            {
                return;
            }

            switch (element)
            {
                case Hyperlink { Id.Value: { } id } hyperlink when targets.TryGetValue(id, out var target):
                    collector.Add(target, RunText(hyperlink), page: null);
                    break;
                case SimpleField { Instruction.Value: { } instruction } simple:
                    AddField(instruction, RunText(simple), collector);
                    break;
                case FieldChar { FieldCharType.Value: var type }:
                    if (type == FieldCharValues.Begin)
                    {
                        fields.Push(new FieldState());
                    }
                    else if (type == FieldCharValues.Separate && fields.Count > 0)
                    {
                        fields.Peek().InResult = true;
                    }
                    else if (type == FieldCharValues.End && fields.Count > 0)
                    {
                        var field = fields.Pop();
                        AddField(field.Code.ToString(), field.Result.ToString(), collector);
                    }

                    break;
                case FieldCode code when fields.Count > 0 && !fields.Peek().InResult:
                    fields.Peek().Code.Append(code.Text);
                    break;
                case Text text when fields.Count > 0 && fields.Peek().InResult:
                    fields.Peek().Result.Append(text.Text);
                    break;
            }
        }
    }

    private static void AddField(string instruction, string text, DocumentLinkCollector collector)
    {
        if (HyperlinkFieldCode.TargetOf(instruction) is { } target)
        {
            collector.Add(target, text, page: null);
        }
    }

    private static string RunText(OpenXmlElement element) =>
        string.Concat(element.Descendants<Text>().Select(text => text.Text));

    private sealed class FieldState
    {
        public StringBuilder Code { get; } = new();
        public StringBuilder Result { get; } = new();
        public bool InResult { get; set; }
    }
}
