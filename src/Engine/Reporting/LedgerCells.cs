using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Builds the ledger's cells. Text is always an inline string, so nothing a site writes can become a formula.</summary>
internal static class LedgerCells
{
    public static Cell Text(string reference, string? text, uint style = LedgerStyles.Default) => new(
        new InlineString(new Text(LedgerText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    public static Cell Number(string reference, long value) => new(new CellValue(value.ToString(CultureInfo.InvariantCulture)))
    {
        CellReference = reference,
        DataType = CellValues.Number,
    };

    /// <summary>A real Excel date-time (a serial number) showing the instant in Beijing time.</summary>
    public static Cell BeijingDateTime(string reference, DateTimeOffset instant)
    {
        // To the minute: the format shows no seconds, so the value holds none either.
        var exact = BeijingTime.Of(instant).DateTime;
        var local = exact.AddTicks(-(exact.Ticks % TimeSpan.TicksPerMinute));
        if (local.Year < 1900)
        {
            // An unset instant (DateTimeOffset.MinValue) has no Excel serial; an empty cell is honest.
            return Text(reference, string.Empty);
        }

        var serial = local.ToOADate();
        return new Cell(new CellValue(serial.ToString("R", CultureInfo.InvariantCulture)))
        {
            CellReference = reference,
            DataType = CellValues.Number,
            StyleIndex = LedgerStyles.DateTime,
        };
    }

    /// <summary>A real Excel date (a serial number) shown as yyyy-mm-dd.</summary>
    public static Cell Date(string reference, DateOnly date, uint style = LedgerStyles.Date)
    {
        var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate();
        return new Cell(new CellValue(serial.ToString("R", CultureInfo.InvariantCulture)))
        {
            CellReference = reference,
            DataType = CellValues.Number,
            StyleIndex = style,
        };
    }

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
