using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>Table 二's cells with the names messages give them (“规章—现行有效件数”).</summary>
internal static class Table2Cells
{
    public static IEnumerable<(Table2Row Row, string Column, CellValue Cell)> All(Table2 table) =>
        table.Rows.Values.Concat(table.ExtraRows).SelectMany(r => r.Cells.Select(c => (r, c.Key, c.Value)));

    public static string Name(Table2Row row, string column) => $"{row.Key}—{column}";

    public static decimal? Value(Table2? table, string row, string column) =>
        table?.Row(row)?.Cell(column) is { } cell ? CellArithmetic.Exact(cell) : null;
}
