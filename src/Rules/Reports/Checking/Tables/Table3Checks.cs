using System.Text;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// Table 三 within one report: T3-ROWS, T3-NONNEG, T3-ROW, T3-BLANK, T3-COL and T3-SUM (docs/domain/annual-reports.md §4, §6 B).
/// One cause, one finding: a column failure that disappears once the cells of rows already reported by T3-ROW are
/// corrected from their own row is not reported again, blanks of such rows are named by T3-ROW only, and a wrong
/// （七）总计 that breaks both column relations by the same amount is reported once, as T3-SUM.
/// </summary>
public sealed class Table3Checks : IReportCheck
{
    private const string Table = "表三";
    private static readonly string[] Ids = ["T3-COL", "T3-SUM", "T3-ROW", "T3-NONNEG", "T3-BLANK", "T3-ROWS"];

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Table3 is not { } table)
        {
            NotDecidableAll(context, "未找到表三（收到和处理政府信息公开申请情况），相关检查不可判定");
            return;
        }

        if (CellArithmetic.AllBlank(table.Rows.Values.SelectMany(r => r.Values)))
        {
            NotDecidableAll(context, "表三未填报任何数据（见S-FILLED），逐项检查不可判定");
            return;
        }

        var outcomeRows = Table3Shape.OutcomeRows(report.Format, table);
        CheckRowPresence(context, table, Table3Shape.AllRows(report.Format, table));
        CheckValues(context, table);
        var faultyRows = CheckRowSums(context, table);
        CheckBlanks(context, table, faultyRows);
        CheckColumns(context, table, outcomeRows, faultyRows);
    }

    private static void NotDecidableAll(ReportCheckContext context, string reason)
    {
        foreach (var id in Ids)
        {
            context.NotDecidable(id, reason);
        }
    }

    private static IEnumerable<Table3Row> ResolvedRows(Table3 table) =>
        table.Rows.Values.Where(r => r.IsResolved && r.Values.Count == Table3Layout.ColumnCount);

    // T3-ROWS: every row found, each with 7 values. Rows beyond the end of a partial copy are not the report's fault.
    private static void CheckRowPresence(ReportCheckContext context, Table3 table, IReadOnlyList<string> expected)
    {
        var missing = expected.Where(k => table.Row(k) is null).ToArray();
        if (missing.Length > 0)
        {
            if (context.Report.DeclaredPartial)
            {
                context.NotDecidable("T3-ROWS", $"副本不完整，表三未包含{Table3Shape.QuoteRows(missing)}，不计为缺项");
            }
            else
            {
                var what = missing.Length == 1 ? Table3Shape.QuoteRows(missing) + "行" : $"{missing.Length}行：{Table3Shape.QuoteRows(missing)}";
                context.Add(new ReportIssue("T3-ROWS", Severity.General, $"表三未找到{what}，相关勾稽关系不可判定")
                {
                    Table = Table,
                    Row = missing.Length == 1 ? missing[0] : null,
                    Expected = $"{expected.Count}行",
                    Actual = $"{expected.Count - missing.Length}行",
                    Line = table.Line,
                });
            }
        }

        foreach (var key in expected)
        {
            if (table.Repeats.FirstOrDefault(r => r.Key == key) is { } repeat && table.Row(key) is { } first)
            {
                context.Add(new ReportIssue("T3-ROWS", Severity.General,
                    $"表三“{Table3Layout.DisplayLabel(key)}”行出现两次，数值不一致（第{first.Line}行：{string.Join("、", first.Values.Select(v => v.Raw))}；第{repeat.Line}行：{string.Join("、", repeat.Values.Select(v => v.Raw))}），相关勾稽关系不可判定")
                {
                    Table = Table,
                    Row = key,
                    Expected = "1行",
                    Actual = "2行",
                    Line = repeat.Line,
                });
                continue;
            }

            if (table.Row(key) is { } row && !(row.IsResolved && row.Values.Count == Table3Layout.ColumnCount))
            {
                var read = row.Values.Count == 0 ? "没有数值" : $"{row.Values.Count}个数值（{string.Join("、", row.Values.Select(v => v.Raw))}）";
                var blankTotal = row.Values.Count == Table3Layout.ColumnCount - 1 && TrailingBlankCell.EndsWithBlankCell(context.Report, row.Values[^1].Line)
                    ? "；行末有空单元格，可能是“总计”列未填"
                    : string.Empty;
                context.Add(new ReportIssue("T3-ROWS", Severity.General, $"表三“{Table3Layout.DisplayLabel(key)}”行只解析到{read}，应为7个，无法对应到各列，相关勾稽关系不可判定{blankTotal}")
                {
                    Table = Table,
                    Row = key,
                    Expected = "7",
                    Actual = row.Values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Line = row.Line,
                });
            }
        }
    }

    // T3-NONNEG: each cell that is neither blank nor an exact non-negative integer.
    private static void CheckValues(ReportCheckContext context, Table3 table)
    {
        foreach (var row in ResolvedRows(table))
        {
            for (var c = 0; c < Table3Layout.ColumnCount; c++)
            {
                var cell = row.Values[c];
                if (CellArithmetic.IsInvalidCount(cell))
                {
                    var column = Table3Layout.Columns[c];
                    context.Add(new ReportIssue("T3-NONNEG", Severity.Serious, $"表三“{Table3Layout.DisplayLabel(row.Key)}”“{column}”列为“{cell.Raw}”，应为非负整数")
                    {
                        Table = Table,
                        Row = row.Key,
                        Column = column,
                        Expected = "非负整数",
                        Actual = cell.Raw,
                        Line = cell.Line,
                    });
                }
            }
        }
    }

    // T3-ROW: 总计 = the six applicant columns. Returns the rows that failed.
    private static HashSet<string> CheckRowSums(ReportCheckContext context, Table3 table)
    {
        var faulty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ResolvedRows(table))
        {
            var counts = row.Values.Select(CellArithmetic.Count).ToArray();
            if (counts.Any(v => v is null))
            {
                context.NotDecidable("T3-ROW", $"表三“{Table3Layout.DisplayLabel(row.Key)}”行含无法识别的数值，行合计不可判定");
                continue;
            }

            var sum = counts.Take(Table3Layout.TotalColumn).Sum(v => v!.Value);
            var total = counts[Table3Layout.TotalColumn]!.Value;
            var totalCell = row.Values[Table3Layout.TotalColumn];
            if (sum == total && totalCell.Kind != CellKind.Blank)
            {
                continue;
            }

            if (sum == total)
            {
                // A blank 总计 over an all-zero row is a plain blank (T3-BLANK), not a broken sum.
                continue;
            }

            faulty.Add(row.Key);
            var difference = totalCell.Kind == CellKind.Blank ? string.Empty : $"（差{CellArithmetic.Format(Math.Abs(sum - total))}）";
            context.Add(new ReportIssue("T3-ROW", Severity.Serious, $"表三“{Table3Layout.DisplayLabel(row.Key)}”行：各类申请人合计{CellArithmetic.Format(sum)}，与“总计”{CellArithmetic.Shown(totalCell)}不符{difference}")
            {
                Table = Table,
                Row = row.Key,
                Column = Table3Layout.Total,
                Expected = CellArithmetic.Format(sum),
                Actual = totalCell.Kind == CellKind.Blank ? string.Empty : CellArithmetic.Format(total),
                Line = row.Line,
            });
        }

        return faulty;
    }

    // T3-BLANK: one finding listing the blank cells, except those of rows T3-ROW already reported.
    private static void CheckBlanks(ReportCheckContext context, Table3 table, HashSet<string> faultyRows)
    {
        var blanks = new List<(string Row, int Column, CellValue Cell)>();
        foreach (var row in ResolvedRows(table).Where(r => !faultyRows.Contains(r.Key)))
        {
            for (var c = 0; c < Table3Layout.ColumnCount; c++)
            {
                if (row.Values[c].Kind == CellKind.Blank)
                {
                    blanks.Add((row.Key, c, row.Values[c]));
                }
            }
        }

        if (blanks.Count == 0)
        {
            return;
        }

        var columns = blanks.Select(b => b.Column).Distinct().ToArray();
        var rows = blanks.Select(b => b.Row).Distinct().ToArray();
        context.Add(new ReportIssue("T3-BLANK", Severity.General, $"表三有{blanks.Count}个单元格未填写，应填“0”（{DescribeBlanks(blanks)}）")
        {
            Table = Table,
            Row = rows.Length == 1 ? rows[0] : null,
            Column = columns.Length == 1 ? Table3Layout.Columns[columns[0]] : null,
            Expected = "0",
            Actual = string.Empty,
            Line = blanks.Min(b => b.Cell.Line),
        });
    }

    /// <summary>“科研机构”列第一、二、四项；“总计”列“（一）予以公开”行.</summary>
    private static string DescribeBlanks(List<(string Row, int Column, CellValue Cell)> blanks)
    {
        var parts = new List<string>();
        foreach (var group in blanks.GroupBy(b => b.Column).OrderBy(g => g.Key))
        {
            var text = new StringBuilder($"“{Table3Layout.Columns[group.Key]}”列");
            var items = group.Select(b => b.Row).Where(k => k is Table3Layout.NewRow or Table3Layout.CarriedInRow or Table3Layout.CarriedOutRow).ToArray();
            var others = group.Select(b => b.Row).Where(k => k is not (Table3Layout.NewRow or Table3Layout.CarriedInRow or Table3Layout.CarriedOutRow)).ToArray();
            if (items.Length > 0)
            {
                text.Append('第').Append(string.Join("、", items)).Append('项');
            }

            if (others.Length > 0)
            {
                if (items.Length > 0)
                {
                    text.Append('、');
                }

                text.Append(string.Concat(others.Select(k => $"“{Table3Layout.DisplayLabel(k)}”"))).Append('行');
            }

            parts.Add(text.ToString());
        }

        return string.Join("；", parts);
    }

    // T3-COL and T3-SUM, column by column.
    private static void CheckColumns(ReportCheckContext context, Table3 table, IReadOnlyList<string> outcomeRows, HashSet<string> faultyRows)
    {
        string[] balanceRows = [Table3Layout.NewRow, Table3Layout.CarriedInRow, Table3Layout.OutcomeTotalRow, Table3Layout.CarriedOutRow];
        var balanceMissing = balanceRows.Where(k => table.Cell(k, 0) is null).ToArray();
        if (balanceMissing.Length > 0)
        {
            context.NotDecidable("T3-COL", $"表三未找到{Table3Shape.QuoteRowsAsRows(balanceMissing)}，列勾稽关系（第一项加第二项之和等于第三项加第四项之和）不可判定");
        }

        var sumMissing = outcomeRows.Append(Table3Layout.OutcomeTotalRow).Where(k => table.Cell(k, 0) is null).ToArray();
        if (sumMissing.Length > 0)
        {
            context.NotDecidable("T3-SUM", $"表三未找到{Table3Shape.QuoteRowsAsRows(sumMissing)}，办理结果合计不可判定");
        }

        var grid = new Table3Grid(table, faultyRows);
        for (var c = 0; c < Table3Layout.ColumnCount; c++)
        {
            var column = Table3Layout.Columns[c];
            var balance = balanceMissing.Length == 0 ? Balance(grid, c, context, column) : null;
            var sum = sumMissing.Length == 0 ? OutcomeSum(grid, c, outcomeRows, context, column) : null;

            // A wrong （七）总计 breaks both relations by the same amount: one cause, reported once as T3-SUM.
            var sameCause = balance is { Reported: true } && sum is { Reported: true } && balance.Value.ImpliedTotal == sum.Value.Sum;
            if (balance is { Reported: true } b && !sameCause)
            {
                context.Add(new ReportIssue("T3-COL", Severity.Serious,
                    $"表三“{column}”列：本年新收{F(b.New)}+上年结转{F(b.CarriedIn)}={F(b.Left)}，但办理结果总计{F(b.Outcome)}+结转下年度{F(b.CarriedOut)}={F(b.Right)}，勾稽不平（差{F(Math.Abs(b.Left - b.Right))}）")
                {
                    Table = Table,
                    Column = column,
                    Expected = F(b.Left),
                    Actual = F(b.Right),
                    Line = table.Cell(Table3Layout.OutcomeTotalRow, c)!.Line,
                });
            }

            if (sum is { Reported: true } s)
            {
                var also = sameCause ? $"；按“本年新收+上年结转−结转下年度”计算亦应为{F(s.Sum)}" : string.Empty;
                context.Add(new ReportIssue("T3-SUM", Severity.Serious,
                    $"表三“{column}”列：各项办理结果之和为{F(s.Sum)}，与“（七）总计”{F(s.Total)}不符（差{F(Math.Abs(s.Sum - s.Total))}）{also}")
                {
                    Table = Table,
                    Row = Table3Layout.OutcomeTotalRow,
                    Column = column,
                    Expected = F(s.Sum),
                    Actual = F(s.Total),
                    Line = table.Cell(Table3Layout.OutcomeTotalRow, c)!.Line,
                });
            }
        }
    }

    private static string F(decimal value) => CellArithmetic.Format(value);

    private static BalanceResult? Balance(Table3Grid grid, int c, ReportCheckContext context, string column)
    {
        var printed = grid.Printed;
        decimal?[] v = [printed(Table3Layout.NewRow, c), printed(Table3Layout.CarriedInRow, c), printed(Table3Layout.OutcomeTotalRow, c), printed(Table3Layout.CarriedOutRow, c)];
        if (v.Any(x => x is null))
        {
            context.NotDecidable("T3-COL", $"表三“{column}”列含无法识别的数值，列勾稽关系不可判定");
            return null;
        }

        var left = v[0]!.Value + v[1]!.Value;
        var right = v[2]!.Value + v[3]!.Value;
        var holds = left == right || Explained(grid, c, g => g(Table3Layout.NewRow) + g(Table3Layout.CarriedInRow) == g(Table3Layout.OutcomeTotalRow) + g(Table3Layout.CarriedOutRow));
        return new BalanceResult(v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value, !holds);
    }

    private static SumResult? OutcomeSum(Table3Grid grid, int c, IReadOnlyList<string> outcomeRows, ReportCheckContext context, string column)
    {
        var parts = outcomeRows.Select(k => grid.Printed(k, c)).ToArray();
        var total = grid.Printed(Table3Layout.OutcomeTotalRow, c);
        if (total is null || parts.Any(x => x is null))
        {
            context.NotDecidable("T3-SUM", $"表三“{column}”列含无法识别的数值，办理结果合计不可判定");
            return null;
        }

        var sum = parts.Sum(x => x!.Value);
        var holds = sum == total || Explained(grid, c, g => outcomeRows.Sum(k => g(k)) == g(Table3Layout.OutcomeTotalRow));
        return new SumResult(sum, total.Value, !holds);
    }

    /// <summary>True when the relation holds once the cells of T3-ROW-faulty rows are taken from their own row.</summary>
    private static bool Explained(Table3Grid grid, int c, Func<Func<string, decimal>, bool> relation) =>
        grid.FaultyRows.Count > 0 && relation(k => grid.Corrected(k, c));

    private readonly record struct BalanceResult(decimal New, decimal CarriedIn, decimal Outcome, decimal CarriedOut, bool Reported)
    {
        public decimal Left => New + CarriedIn;

        public decimal Right => Outcome + CarriedOut;

        /// <summary>The （七）总计 the balance implies: 一 + 二 − 四.</summary>
        public decimal ImpliedTotal => New + CarriedIn - CarriedOut;
    }

    private readonly record struct SumResult(decimal Sum, decimal Total, bool Reported);
}
