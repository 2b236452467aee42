using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>T2-TRIAL (trial layout): 对外公开总数量 ≥ 本年新公开数量 for 规章 and 规范性文件.</summary>
public sealed class Table2TrialCheck : IReportCheck
{
    private static readonly string[] Rows = [Table2Layout.Regulations, Table2Layout.NormativeDocs2019];

    public void Check(ReportCheckContext context)
    {
        if (context.Report.Format != ReportFormat.Trial2019 || context.Report.Table2 is not { } table)
        {
            return;
        }

        foreach (var key in Rows)
        {
            var published = Table2Cells.Value(table, key, Table2Layout.NewlyPublished);
            var total = Table2Cells.Value(table, key, Table2Layout.PublishedTotal);
            if (published is not { } p || total is not { } t || t >= p)
            {
                continue;
            }

            context.Add(new ReportIssue("T2-TRIAL", Severity.Hint, $"表二“{key}”对外公开总数量（{CellArithmetic.Format(t)}）小于本年新公开数量（{CellArithmetic.Format(p)}）")
            {
                Table = "表二",
                Row = key,
                Column = Table2Layout.PublishedTotal,
                Expected = $"≥{CellArithmetic.Format(p)}",
                Actual = CellArithmetic.Format(t),
                Line = table.Row(key)!.Line,
            });
        }
    }
}
