namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// One numeric table cell as read: the raw text, its value and where it came from. A cell that exists is never
/// confused with a cell that was not found: absent cells are simply not in the model.
/// </summary>
/// <param name="Raw">The cell text as printed ("1,517", "86000元", "/", "若干").</param>
/// <param name="Number">The normalised value (万元 for amounts); null unless <see cref="Kind"/> is Number.</param>
/// <param name="Kind">Number, blank/placeholder or unreadable.</param>
/// <param name="Line">1-based line of the reader's input where the cell was read.</param>
public sealed record CellValue(string Raw, decimal? Number, CellKind Kind, int Line)
{
    /// <summary>Set when the reader converted a unit or stripped separators (T2-UNIT), e.g. "86000元→8.6万元".</summary>
    public string? Conversion { get; init; }

    /// <summary>The value for arithmetic: blanks count as 0; unreadable cells have none.</summary>
    public decimal? ArithmeticValue => Kind switch
    {
        CellKind.Number => Number,
        CellKind.Blank => 0m,
        _ => null,
    };

    public static CellValue Of(decimal number, int line = 0) => new(number.ToString(System.Globalization.CultureInfo.InvariantCulture), number, CellKind.Number, line);
}
