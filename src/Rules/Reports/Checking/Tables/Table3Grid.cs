using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// Table 三's usable counts, as printed and as corrected: in a row whose 总计 does not match its applicant columns
/// (already a T3-ROW finding), a cell is replaced by the value its own row implies, to tell whether a column failure
/// has any cause beyond that row.
/// </summary>
internal sealed class Table3Grid(Table3 table, IReadOnlySet<string> faultyRows)
{
    public IReadOnlySet<string> FaultyRows { get; } = faultyRows;

    public decimal? Printed(string row, int column) => table.Cell(row, column) is { } cell ? CellArithmetic.Count(cell) : null;

    /// <summary>The printed count, or for a faulty row the value the row implies (总计 = Σ applicants).</summary>
    public decimal Corrected(string row, int column)
    {
        if (!FaultyRows.Contains(row))
        {
            return Printed(row, column) ?? 0m;
        }

        var values = Enumerable.Range(0, Table3Layout.ColumnCount).Select(c => Printed(row, c) ?? 0m).ToArray();
        var applicants = values.Take(Table3Layout.TotalColumn).Sum();
        return column == Table3Layout.TotalColumn
            ? applicants
            : values[Table3Layout.TotalColumn] - (applicants - values[column]);
    }
}
