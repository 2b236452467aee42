using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// Whether a "| a | b |" line ends with an empty cell ("… | 0 | |"). The reader drops trailing empty cells as
/// merged-cell debris, which a blank last column (表三 总计) cannot be told apart from; a message can still say so.
/// </summary>
internal static class TrailingBlankCell
{
    /// <param name="line">1-based line of the report's text.</param>
    public static bool EndsWithBlankCell(AnnualReport report, int line)
    {
        if (line < 1 || line > report.Lines.Count)
        {
            return false;
        }

        var cells = report.Lines[line - 1].Split('|');
        var lastFilled = Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c));

        // After the last filled cell: the closing bar leaves one empty entry; any more is an empty cell printed.
        return lastFilled >= 0 && cells.Length - 1 - lastFilled >= 2;
    }
}
