using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>T2-UNIT: a note for each table 二 value the reader normalised (units to 万元, thousands separators), not for one it read as written.</summary>
public sealed class Table2UnitCheck : IReportCheck
{
    public void Check(ReportCheckContext context)
    {
        if (context.Report.Table2 is not { } table)
        {
            return;
        }

        foreach (var (row, column, cell) in Table2Cells.All(table))
        {
            if (cell.Conversion is null || cell.Number is not { } value)
            {
                continue;
            }

            var unit = Model.Table2Layout.IsAmount(column) ? "万元" : string.Empty;
            var normalised = CellArithmetic.Format(value) + unit;
            if (string.Equals(cell.Raw.Trim(), normalised, StringComparison.Ordinal))
            {
                continue; // the cell only repeats the column's own unit (1646.5万元 in a 万元 column): nothing was changed
            }

            context.Add(new ReportIssue("T2-UNIT", Severity.Hint, $"表二“{Table2Cells.Name(row, column)}”填报为“{cell.Raw}”，已按{CellArithmetic.Format(value)}{unit}计算")
            {
                Table = "表二",
                Row = row.Key,
                Column = column,
                Expected = normalised,
                Actual = cell.Raw,
                Line = cell.Line,
            });
        }
    }
}
