using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>Reads a written ledger back with the OpenXml SDK: cells by reference, hyperlinks, frozen pane, filter.</summary>
internal sealed class LedgerWorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument document;

    public LedgerWorkbookReader(Stream package)
    {
        document = SpreadsheetDocument.Open(package, isEditable: false);
    }

    public SpreadsheetDocument Document => document;

    public WorksheetPart Sheet(string name)
    {
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
    }

    public static IReadOnlyList<Row> Rows(WorksheetPart part) =>
        part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

    public static Cell CellAt(Row row, string column) =>
        row.Elements<Cell>().Single(c => c.CellReference == column + row.RowIndex!.Value);

    /// <summary>The cell's text, whether inline or shared; never a formula's.</summary>
    public string Text(Cell cell)
    {
        Assert.Null(cell.CellFormula);
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var table = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
            return table.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText;
        }

        return cell.CellValue?.Text ?? string.Empty;
    }

    public double Number(Cell cell)
    {
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is not a number");
        return double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The number format code applied to the cell by its style.</summary>
    public string? NumberFormat(Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return stylesheet.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    public CellFormat Format(Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>Hyperlink targets by cell reference.</summary>
    public static IReadOnlyDictionary<string, Uri> Hyperlinks(WorksheetPart part)
    {
        var hyperlinks = part.Worksheet.GetFirstChild<Hyperlinks>()?.Elements<Hyperlink>() ?? [];
        return hyperlinks.ToDictionary(
            h => h.Reference!.Value!,
            h => part.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri);
    }

    public void Dispose() => document.Dispose();
}
