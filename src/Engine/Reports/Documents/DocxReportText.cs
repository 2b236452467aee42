using System.IO.Compression;
using ComplianceFns.Engine.Extraction;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// A DOCX's body as lines: paragraphs as lines, table rows as <see cref="TableRowText"/> lines. A vertically merged
/// cell's continuation cells are skipped, so the merged cell appears once, on its first row, like on web pages; a
/// horizontally merged cell (gridSpan) is one element already. Compression bombs are refused first, by the same
/// guard the link extractor uses.
/// </summary>
internal static class DocxReportText
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsOleCompound(ReadOnlySpan<byte> head) => head.StartsWith(OleMagic);

    public static (string Text, string? Title) Read(Stream stream)
    {
        Inspect(stream);
        var settings = new OpenSettings { MaxCharactersInPart = DocxLimits.MaxXmlPartBytes };
        using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new DocumentUnreadableException("DOCX文件缺少正文部分（word/document.xml），无法读取");
        var lines = new TextLines();
        string? title = null;
        ReadBlocks(body, lines, ref title);
        return (lines.ToString(), title);
    }

    /// <summary>Refuses a ZIP that is no Word document or would inflate beyond the limits, before OpenXml inflates anything.</summary>
    private static void Inspect(Stream stream)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (DocxInflationGuard.Refusal(zip.Entries) is { } refusal)
            {
                throw new DocumentUnreadableException($"{refusal}，未读取其内容");
            }

            if (zip.GetEntry("word/document.xml") is null)
            {
                var what = zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)) ? "Excel表格（XLSX）"
                    : zip.Entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal)) ? "演示文稿（PPTX）"
                    : "普通ZIP压缩包";
                throw new DocumentUnreadableException($"文件是{what}，不是Word文档（DOCX），无法读取其中的年报");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentUnreadableException("DOCX文件已损坏或不完整，无法读取", ex);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static void ReadBlocks(OpenXmlElement container, TextLines lines, ref string? title)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = ParagraphText(paragraph);
                    if (title is null && ReportTitle.IsCandidate(text.Trim()))
                    {
                        title = TableRowText.CollapseWhitespace(text);
                    }

                    foreach (var line in text.Split('\n'))
                    {
                        lines.Append(line);
                        lines.Break();
                    }

                    break;
                case Table table:
                    lines.Break();
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.AddLine(TableRowText.Format(row.Elements<TableCell>().Where(IsFirstOfMerge).Select(CellText)));
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    ReadBlocks(element, lines, ref title);
                    break;
            }
        }
    }

    /// <summary>False for the continuation cells of a vertical merge (vMerge without "restart") and of a legacy hMerge.</summary>
    private static bool IsFirstOfMerge(TableCell cell)
    {
        var properties = cell.TableCellProperties;
        if (properties?.VerticalMerge is { } vertical && (vertical.Val is null || vertical.Val.Value == MergedCellValues.Continue))
        {
            return false;
        }

        return properties?.HorizontalMerge is not { } horizontal
            || (horizontal.Val is not null && horizontal.Val.Value == MergedCellValues.Restart);
    }

    /// <summary>A cell's paragraphs (and nested tables) joined by spaces.</summary>
    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Descendants<Paragraph>().Select(ParagraphText));

    /// <summary>Visible run text: w:t, tabs as spaces, w:br as a line break; field codes and deletions are not text.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
