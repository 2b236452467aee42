using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.Engine.Reporting;

/// <summary>One cell as the office left it: its column letters, its text, and its number when it holds one (dates do).</summary>
public sealed record LedgerCell(string Column, string Text, double? Number);

/// <summary>One row of the ledger sheet: its row number as Excel shows it, and its cells by header.</summary>
public sealed record LedgerRow(int RowNumber, IReadOnlyDictionary<string, LedgerCell> Cells)
{
    public LedgerCell? Cell(string header) => Cells.GetValueOrDefault(header);

    public bool IsBlank => Cells.Values.All(c => string.IsNullOrWhiteSpace(c.Text));
}

/// <summary>A ledger read back: its data rows, which of the known headers it has (and in which column), and who saved it last.</summary>
public sealed record LedgerSheet(IReadOnlyList<LedgerRow> Rows, IReadOnlyDictionary<string, string> HeaderColumns, string? LastModifiedBy);

/// <summary>A file that is not a readable ledger, told in Chinese (without the file's name, which the caller adds).</summary>
public sealed class LedgerFileException(string message) : Exception(message);

/// <summary>
/// Reads a rectification ledger back after the office edited it in Excel, WPS or any other program: the 整改台账 sheet
/// (or the first sheet with a 问题标识 column), its header row, and every row's cells by header, whatever order the
/// rows and columns are now in. Strings may be shared or inline, dates are numbers, formulas are read by their values.
/// </summary>
public static partial class RectificationLedgerReader
{
    /// <summary>The header row is looked for in this many first rows (an office may add a title row above it).</summary>
    private const int HeaderSearchRows = 10;

    public static LedgerSheet Read(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new LedgerFileException("不是可读取的 Excel 工作簿（.xlsx）；用 WPS 或旧版 Excel 保存的 .xls 文件请另存为 .xlsx 后再导入");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new LedgerFileException("工作簿中没有工作表");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
            foreach (var (name, part) in Sheets(workbook))
            {
                var rows = ReadRows(part, strings);
                var header = rows.Take(HeaderSearchRows).FirstOrDefault(r => r.Cells.Any(c => c.Text.Trim() == RectificationLedgerWriter.KeyHeader));
                if (header is null)
                {
                    if (name == RectificationLedgerWriter.LedgerSheetName)
                    {
                        throw new LedgerFileException($"工作表“{name}”中找不到“{RectificationLedgerWriter.KeyHeader}”列（该列已隐藏，导入时据此对应问题，请勿删除），无法导入");
                    }

                    continue;
                }

                var columns = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var cell in header.Cells)
                {
                    var title = cell.Text.Trim();
                    if (RectificationLedgerWriter.Headers.Contains(title) && !columns.ContainsKey(title))
                    {
                        columns[title] = cell.Column;
                    }
                }

                var byColumn = columns.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
                var data = rows.Where(r => r.RowNumber > header.RowNumber)
                    .Select(r => new LedgerRow(r.RowNumber, r.Cells.Where(c => byColumn.ContainsKey(c.Column)).ToDictionary(c => byColumn[c.Column], c => c, StringComparer.Ordinal)))
                    .ToList();
                return new LedgerSheet(data, columns, NonEmpty(document.PackageProperties.LastModifiedBy));
            }

            throw new LedgerFileException($"文件中没有整改台账：找不到含“{RectificationLedgerWriter.KeyHeader}”列的工作表");
        }
    }

    /// <summary>The ledger sheet first, then every other sheet in workbook order.</summary>
    private static IEnumerable<(string Name, WorksheetPart Part)> Sheets(WorkbookPart workbook)
    {
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .Select(s => (s.Name, s.Part!))
            .ToList() ?? [];
        return sheets.OrderBy(s => s.Name == RectificationLedgerWriter.LedgerSheetName ? 0 : 1);
    }

    private sealed record RawRow(int RowNumber, IReadOnlyList<LedgerCell> Cells);

    private static List<RawRow> ReadRows(WorksheetPart part, IReadOnlyList<string> strings)
    {
        var rows = new List<RawRow>();
        var previousRow = 0;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : previousRow + 1;
            previousRow = number;
            var cells = new List<LedgerCell>();
            var previousColumn = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : previousColumn + 1;
                previousColumn = column;
                var (text, value) = Value(cell, strings);
                cells.Add(new LedgerCell(LedgerCells.ColumnName(column), text, value));
            }

            rows.Add(new RawRow(number, cells));
        }

        return rows;
    }

    private static (string Text, double? Number) Value(Cell cell, IReadOnlyList<string> strings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : string.Empty, null);
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString is { } inline ? ItemText(inline) : raw, null);
        }

        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "TRUE" : "FALSE", null);
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return (raw, null);
        }

        // A number (also what Excel stores for a date): no type, "n", or the rarely used ISO-date type "d".
        if (type == CellValues.Date && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (raw, date.ToOADate());
        }

        return (raw, double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null);
    }

    /// <summary>The text of a shared or inline string: its runs, without phonetic guides; Excel's _xHHHH_ escapes decoded.</summary>
    private static string ItemText(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                text.Append(t.Text);
            }
            else if (child is Run run)
            {
                text.Append(string.Concat(run.Elements<Text>().Select(r => r.Text)));
            }
        }

        return Unescape(text.ToString());
    }

    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? ExcelEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelEscape();

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
