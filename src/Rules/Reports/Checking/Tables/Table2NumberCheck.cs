using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// T2-NUM: table 二's values are numbers, non-negative (the trial 本年增/减 may be signed), integers except amounts.
/// E for an unreadable or invalid value, W (one finding) for blanks; "/" in the 规章 row is accepted silently unless
/// the organ is known to have rule-making power.
/// </summary>
public sealed class Table2NumberCheck : IReportCheck
{
    private const string Id = "T2-NUM";

    public void Check(ReportCheckContext context)
    {
        if (context.Report.Table2 is not { } table)
        {
            context.NotDecidable(Id, "未找到表二（主动公开政府信息情况），检查不可判定");
            return;
        }

        var cells = Table2Cells.All(table).ToArray();
        if (CellArithmetic.AllBlank(cells.Select(c => c.Cell)))
        {
            context.NotDecidable(Id, "表二未填报任何数据（见S-FILLED），逐项检查不可判定");
            return;
        }

        var slashAccepted = RuleMakingPowers.Of(OrganProfileInference.Resolve(context)) != RuleMakingPower.Has;
        var blanks = new List<(string Name, CellValue Cell)>();
        foreach (var (row, column, cell) in cells)
        {
            var name = Table2Cells.Name(row, column);
            if (cell.Kind == CellKind.Blank)
            {
                if (!(slashAccepted && row.Key == Table2Layout.Regulations && cell.Raw.Trim() == "/"))
                {
                    blanks.Add((name, cell));
                }

                continue;
            }

            if (Problem(column, cell) is { } problem)
            {
                context.Add(new ReportIssue(Id, Severity.Serious, $"表二“{name}”{problem}")
                {
                    Table = "表二",
                    Row = row.Key,
                    Column = column,
                    Expected = Table2Layout.IsAmount(column) ? "非负数" : Table2Layout.IsSigned(column) ? "整数" : "非负整数",
                    Actual = cell.Raw,
                    Line = cell.Line,
                });
            }
        }

        if (blanks.Count > 0)
        {
            context.Add(new ReportIssue(Id, Severity.General, $"表二有{blanks.Count}个单元格未填写，应填“0”（{string.Concat(blanks.Select(b => $"“{b.Name}”"))}）")
            {
                Table = "表二",
                Expected = "0",
                Actual = string.Empty,
                Line = blanks[0].Cell.Line,
                Discriminator = "blank",
            });
        }
    }

    private static string? Problem(string column, CellValue cell)
    {
        if (cell.Kind == CellKind.Unreadable || cell.Number is not { } n)
        {
            return $"无法识别为数字：“{cell.Raw}”";
        }

        if (CellArithmetic.IsApproximate(cell))
        {
            return $"为约数“{cell.Raw}”，应填写确切数字";
        }

        if (n < 0 && !Table2Layout.IsSigned(column))
        {
            return $"为“{cell.Raw}”，应为非负数";
        }

        if (n != decimal.Truncate(n) && !Table2Layout.IsAmount(column))
        {
            return $"为“{cell.Raw}”，应为整数";
        }

        return null;
    }
}
