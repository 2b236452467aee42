using System.Globalization;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// Table 四: T4-REV, T4-LIT1, T4-LIT2 (总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 per group) and T4-COUNT
/// (15 values, none blank or unreadable). A blank that breaks a group's identity is named by that identity only.
/// </summary>
public sealed class Table4Checks : IReportCheck
{
    private const string Table = "表四";
    private static readonly string[] GroupIds = ["T4-REV", "T4-LIT1", "T4-LIT2"];

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Table4 is not { } table)
        {
            NotDecidableAll(context, "未找到表四（政府信息公开行政复议、行政诉讼情况），相关检查不可判定");
            return;
        }

        if (CellArithmetic.AllBlank(table.Values))
        {
            NotDecidableAll(context, "表四未填报任何数据（见S-FILLED），逐项检查不可判定");
            return;
        }

        if (!table.IsComplete)
        {
            ReportCount(context, table);
            return;
        }

        var failedGroups = new HashSet<int>();
        for (var g = 0; g < Table4.Groups.Count; g++)
        {
            if (CheckGroup(context, table, g))
            {
                failedGroups.Add(g);
            }
        }

        ReportCells(context, table, failedGroups);
    }

    private static void NotDecidableAll(ReportCheckContext context, string reason)
    {
        foreach (var id in GroupIds.Append("T4-COUNT"))
        {
            context.NotDecidable(id, reason);
        }
    }

    private static void ReportCount(ReportCheckContext context, Table4 table)
    {
        var count = table.Values.Count.ToString(CultureInfo.InvariantCulture);
        foreach (var id in GroupIds)
        {
            context.NotDecidable(id, $"表四只解析到{count}个数据，无法对应到各栏，合计不可判定");
        }

        if (context.Report.DeclaredPartial && table.Values.Count < Table4.ValueCount)
        {
            context.NotDecidable("T4-COUNT", $"副本不完整，表四只包含{count}个数据");
            return;
        }

        context.Add(new ReportIssue("T4-COUNT", Severity.General, $"表四应有15个数据，实际解析到{count}个，请人工核对")
        {
            Table = Table,
            Expected = "15",
            Actual = count,
            Line = table.Line,
        });
    }

    /// <summary>Checks one group's identity; true when it failed (and was reported).</summary>
    private static bool CheckGroup(ReportCheckContext context, Table4 table, int g)
    {
        var cells = table.Group(g)!;
        var name = Table4.Groups[g];
        var counts = cells.Select(CellArithmetic.Count).ToArray();
        if (counts.Any(v => v is null))
        {
            context.NotDecidable(GroupIds[g], $"表四“{name}”含无法识别的数值，合计不可判定");
            return false;
        }

        var sum = counts.Take(4).Sum(v => v!.Value);
        var total = counts[4]!.Value;
        if (sum == total)
        {
            return false;
        }

        var terms = string.Join("+", cells.Take(4).Select(CellArithmetic.Shown));
        var difference = cells[4].Kind == CellKind.Blank ? string.Empty : $"（差{CellArithmetic.Format(Math.Abs(sum - total))}）";
        context.Add(new ReportIssue(GroupIds[g], Severity.Serious, $"表四“{name}”：{terms}={CellArithmetic.Format(sum)}，与总计{CellArithmetic.Shown(cells[4])}不符{difference}")
        {
            Table = Table,
            Row = name,
            Column = "总计",
            Expected = CellArithmetic.Format(sum),
            Actual = cells[4].Kind == CellKind.Blank ? string.Empty : CellArithmetic.Format(total),
            Line = cells[4].Line,
        });
        return true;
    }

    // T4-COUNT on a complete table: unreadable cells one by one, blanks in one finding.
    private static void ReportCells(ReportCheckContext context, Table4 table, HashSet<int> failedGroups)
    {
        var blanks = new List<(string Name, CellValue Cell)>();
        for (var i = 0; i < Table4.ValueCount; i++)
        {
            var cell = table.Values[i];
            var name = $"{Table4.Groups[i / 5]}—{Table4.Columns[i % 5]}";
            if (cell.Kind == CellKind.Blank)
            {
                if (!failedGroups.Contains(i / 5))
                {
                    blanks.Add((name, cell));
                }

                continue;
            }

            if (CellArithmetic.IsInvalidCount(cell))
            {
                context.Add(new ReportIssue("T4-COUNT", Severity.General, $"表四“{name}”为“{cell.Raw}”，应为非负整数，请人工核对")
                {
                    Table = Table,
                    Row = Table4.Groups[i / 5],
                    Column = Table4.Columns[i % 5],
                    Expected = "非负整数",
                    Actual = cell.Raw,
                    Line = cell.Line,
                    Discriminator = name,
                });
            }
        }

        if (blanks.Count > 0)
        {
            context.Add(new ReportIssue("T4-COUNT", Severity.General, $"表四有{blanks.Count}个数据未填写，应填“0”（{string.Concat(blanks.Select(b => $"“{b.Name}”"))}）")
            {
                Table = Table,
                Expected = "0",
                Actual = string.Empty,
                Line = blanks[0].Cell.Line,
                Discriminator = "blank",
            });
        }
    }
}
