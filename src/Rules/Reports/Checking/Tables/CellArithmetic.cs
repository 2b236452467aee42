using System.Globalization;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// How table checks read a cell: blanks count as 0 (they are reported on their own), while unreadable, negative,
/// fractional or approximate counts ("约5") are never used in an identity, so one bad cell gives one finding.
/// </summary>
internal static class CellArithmetic
{
    private static readonly char[] ApproximateMarks = ['余', '多', '约', '近'];

    public static bool IsApproximate(CellValue cell) => cell.Raw.IndexOfAny(ApproximateMarks) >= 0;

    /// <summary>The exact count for an identity check, or null when the cell cannot be used.</summary>
    public static decimal? Count(CellValue cell) => cell.Kind switch
    {
        CellKind.Blank => 0m,
        CellKind.Number when cell.Number is { } n && n >= 0 && n == decimal.Truncate(n) && !IsApproximate(cell) => n,
        _ => null,
    };

    /// <summary>The exact value of any number (signed, decimal) for table 二's plausibility checks; blank is 0.</summary>
    public static decimal? Exact(CellValue cell) => cell.Kind switch
    {
        CellKind.Blank => 0m,
        CellKind.Number when !IsApproximate(cell) => cell.Number,
        _ => null,
    };

    /// <summary>True when the cell holds something other than a blank or an exact non-negative integer.</summary>
    public static bool IsInvalidCount(CellValue cell) => cell.Kind != CellKind.Blank && Count(cell) is null;

    public static string Format(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A cell as a message shows it: the number, or （空） for a blank.</summary>
    public static string Shown(CellValue cell) => cell.Kind switch
    {
        CellKind.Blank => "（空）",
        CellKind.Number when cell.Number is { } n && !IsApproximate(cell) => Format(n),
        _ => $"“{cell.Raw}”",
    };

    /// <summary>True when a table holds no value at all (every cell blank): S-FILLED's case, not one blank per cell.</summary>
    public static bool AllBlank(IEnumerable<CellValue> cells) => cells.All(c => c.Kind == CellKind.Blank);
}
