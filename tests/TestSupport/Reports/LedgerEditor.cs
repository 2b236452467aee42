using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.TestSupport.Reports;

/// <summary>
/// Edits a written ledger with the OpenXml SDK the way an office does in Excel: types into cells by header, sorts the
/// rows, adds a row, and saves as Excel saves (every text a shared string, the saver's name in the file's properties).
/// </summary>
public sealed class LedgerEditor : IDisposable
{
    private readonly MemoryStream package;
    private readonly SpreadsheetDocument document;
    private readonly WorksheetPart sheet;
    private readonly Dictionary<string, string> columns = new(StringComparer.Ordinal);

    public LedgerEditor(byte[] ledger)
    {
        package = new MemoryStream();
        package.Write(ledger);
        package.Position = 0;
        document = SpreadsheetDocument.Open(package, isEditable: true);
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "整改台账");
        sheet = (WorksheetPart)workbook.GetPartById(entry.Id!);
        foreach (var cell in Rows().First().Elements<Cell>())
        {
            columns[cell.InlineString!.InnerText] = Letters(cell.CellReference!);
        }
    }

    public string Column(string header) => columns[header];

    /// <summary>The data row whose 页面地址 is <paramref name="text"/>, else the one whose 问题描述 contains it.</summary>
    public Row RowOf(string text) =>
        Rows().Skip(1).SingleOrDefault(r => TextOf(r, "页面地址") == text)
        ?? Rows().Skip(1).Single(r => TextOf(r, "问题描述").Contains(text, StringComparison.Ordinal));

    public int RowNumber(string text) => (int)RowOf(text).RowIndex!.Value;

    public LedgerEditor Type(string rowText, string header, string value)
    {
        SetCell(RowOf(rowText), header, InlineText(value));
        return this;
    }

    /// <summary>A date or date-time typed into a cell Excel formats as one: stored as its serial number.</summary>
    public LedgerEditor TypeDate(string rowText, string header, DateTime value)
    {
        SetCell(RowOf(rowText), header, new Cell(new CellValue(value.ToOADate().ToString("R", CultureInfo.InvariantCulture))) { DataType = CellValues.Number });
        return this;
    }

    /// <summary>Emptying a cell: Excel leaves it out of the file.</summary>
    public LedgerEditor Clear(string rowText, string header)
    {
        var row = RowOf(rowText);
        CellAt(row, header)?.Remove();
        return this;
    }

    /// <summary>Sorts the data rows by a column's text, as 数据 → 排序 does (the cells move, the row numbers stay in order).</summary>
    public LedgerEditor SortBy(string header, bool descending)
    {
        var data = Rows().Skip(1).ToList();
        var ordered = descending
            ? data.OrderByDescending(r => TextOf(r, header), StringComparer.Ordinal).ToList()
            : data.OrderBy(r => TextOf(r, header), StringComparer.Ordinal).ToList();
        var sheetData = sheet.Worksheet.GetFirstChild<SheetData>()!;
        foreach (var row in data)
        {
            row.Remove();
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var number = (uint)(i + 2);
            ordered[i].RowIndex = number;
            foreach (var cell in ordered[i].Elements<Cell>())
            {
                cell.CellReference = Letters(cell.CellReference!) + number;
            }

            sheetData.Append(ordered[i]);
        }

        return this;
    }

    /// <summary>A row typed below the table; <paramref name="values"/> by header.</summary>
    public LedgerEditor AddRow(IReadOnlyDictionary<string, string> values)
    {
        var sheetData = sheet.Worksheet.GetFirstChild<SheetData>()!;
        var number = (uint)Rows().Count() + 1;
        var row = new Row { RowIndex = number };
        sheetData.Append(row);
        foreach (var (header, value) in values.OrderBy(v => columns[v.Key].Length).ThenBy(v => columns[v.Key], StringComparer.Ordinal))
        {
            SetCell(row, header, InlineText(value));
        }

        return this;
    }

    /// <summary>Copies one row's cells to a new row below the table (a duplicated row).</summary>
    public LedgerEditor DuplicateRow(string rowText)
    {
        var copy = (Row)RowOf(rowText).CloneNode(deep: true);
        var number = (uint)Rows().Count() + 1;
        copy.RowIndex = number;
        foreach (var cell in copy.Elements<Cell>())
        {
            cell.CellReference = Letters(cell.CellReference!) + number;
        }

        sheet.Worksheet.GetFirstChild<SheetData>()!.Append(copy);
        return this;
    }

    /// <summary>Removes a whole column from the header and every row (its cells only; the others keep their letters).</summary>
    public LedgerEditor DeleteColumn(string header)
    {
        var letters = columns[header];
        foreach (var row in Rows())
        {
            row.Elements<Cell>().SingleOrDefault(c => Letters(c.CellReference!) == letters)?.Remove();
        }

        columns.Remove(header);
        return this;
    }

    /// <summary>Saves as Excel does: every string moved to the shared string table, the saver recorded as last modified by.</summary>
    public byte[] SaveAsExcelWould(string? lastModifiedBy)
    {
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable ??= new SharedStringTable();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in sheet.Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).ToList())
        {
            var text = cell.InlineString!.InnerText;
            if (!index.TryGetValue(text, out var i))
            {
                i = index.Count;
                index[text] = i;
                shared.SharedStringTable.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            cell.InlineString.Remove();
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture));
        }

        shared.SharedStringTable.Count = (uint)index.Count;
        shared.SharedStringTable.UniqueCount = (uint)index.Count;
        if (lastModifiedBy is not null)
        {
            document.PackageProperties.LastModifiedBy = lastModifiedBy;
        }

        document.Save();
        document.Dispose();
        return package.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        package.Dispose();
    }

    private IEnumerable<Row> Rows() => sheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>();

    private Cell? CellAt(Row row, string header) =>
        row.Elements<Cell>().SingleOrDefault(c => Letters(c.CellReference!) == columns[header]);

    private string TextOf(Row row, string header) => CellAt(row, header) is { } cell
        ? cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty
        : string.Empty;

    private void SetCell(Row row, string header, Cell value)
    {
        var letters = columns[header];
        value.CellReference = letters + row.RowIndex!.Value;
        if (CellAt(row, header) is { } existing)
        {
            value.StyleIndex = existing.StyleIndex;
            existing.InsertAfterSelf(value);
            existing.Remove();
            return;
        }

        // Cells stay in column order within the row.
        var after = row.Elements<Cell>().LastOrDefault(c => Compare(Letters(c.CellReference!), letters) < 0);
        if (after is null)
        {
            row.PrependChild(value);
        }
        else
        {
            after.InsertAfterSelf(value);
        }
    }

    private static Cell InlineText(string value) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };

    private static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsAsciiLetter).ToArray());
}
