using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceFns.TestSupport.Reports;

/// <summary>
/// The sample report as a Word document with real tables: table 三's group labels are vertically merged (a
/// restart cell, then continuation cells on the following rows, as Word writes them) and the row labels of
/// 一/二/四 span three grid columns.
/// </summary>
public static class ReportDocxFixture
{
    public static byte[] Document(int repeat = 1) => Document(SampleReport.Text, repeat);

    /// <summary>A Word document of any report text in the sample's flattening (an edited copy of the sample).</summary>
    public static byte[] Document(string text, int repeat = 1)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            for (var copy = 0; copy < repeat; copy++)
            {
                body.Append(new Paragraph(new Run(new Text(SampleReport.Title))));
                foreach (var (isTable, lines) in SampleReport.Blocks(text))
                {
                    body.Append(isTable ? Table(lines) : new Paragraph(new Run(new Text(lines[0]) { Space = SpaceProcessingModeValues.Preserve })));
                }
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Table(IReadOnlyList<string> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        var openGroups = 0;
        foreach (var row in rows)
        {
            var cells = SampleReport.Cells(row);
            var continued = Math.Min(MergedGroups.ContinuationLevel(row), openGroups);
            var tableRow = new TableRow();
            for (var i = 0; i < continued; i++)
            {
                tableRow.Append(Cell(string.Empty, new VerticalMerge()));
            }

            for (var c = 0; c < cells.Count; c++)
            {
                OpenXmlElement? property = null;
                if (c == 0 && MergedGroups.GroupLevel(cells[0]) > 0)
                {
                    property = new VerticalMerge { Val = MergedCellValues.Restart };
                }
                else if (c == 0 && cells[0] is ['一' or '二' or '四', '、', ..])
                {
                    property = new GridSpan { Val = 3 };
                }

                tableRow.Append(Cell(cells[c], property));
            }

            openGroups = MergedGroups.GroupLevel(cells[0]) > 0 ? continued + 1 : continued;
            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, OpenXmlElement? property)
    {
        var cell = new TableCell();
        if (property is not null)
        {
            cell.Append(new TableCellProperties(property));
        }

        // "商业 企业" is two lines in the cell, as header cells wrap in real reports.
        var parts = text.Split(' ');
        cell.Append(parts.Length == 2 && parts.All(p => p.Length == 2)
            ? parts.Select(p => new Paragraph(new Run(new Text(p)))).ToArray()
            : [new Paragraph(new Run(new Text(text)))]);
        return cell;
    }
}
