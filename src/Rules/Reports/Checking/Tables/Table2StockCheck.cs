using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// T2-STOCK (2021 layout), for 规章 and 行政规范性文件: I when 现行有效件数 &lt; 本年制发件数 within the year; W when
/// 现行有效(t) ≠ 现行有效(t−1) + 本年制发 − 本年废止 against the previous report.
/// </summary>
public sealed class Table2StockCheck : IReportCheck
{
    private const string Id = "T2-STOCK";
    private static readonly string[] StockRows = [Table2Layout.Regulations, Table2Layout.NormativeDocs2021];

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Format != ReportFormat.Format2021 || report.Table2 is not { } table)
        {
            return;
        }

        foreach (var key in StockRows)
        {
            if (table.Row(key) is not { } row)
            {
                continue;
            }

            var issued = Table2Cells.Value(table, key, Table2Layout.Issued);
            var repealed = Table2Cells.Value(table, key, Table2Layout.Repealed);
            var inForce = Table2Cells.Value(table, key, Table2Layout.InForce);
            if (issued is { } i && inForce is { } f && f < i)
            {
                context.Add(new ReportIssue(Id, Severity.Hint, $"表二“{key}”现行有效件数{F(f)}小于本年制发件数{F(i)}，即本年制发的文件当年已有废止，请核实")
                {
                    Table = "表二",
                    Row = key,
                    Column = Table2Layout.InForce,
                    Expected = $"≥{F(i)}",
                    Actual = F(f),
                    Line = row.Line,
                    Discriminator = "within-year",
                });
            }

            CheckAcrossYears(context, row, issued, repealed, inForce);
        }
    }

    private static void CheckAcrossYears(ReportCheckContext context, Table2Row row, decimal? issued, decimal? repealed, decimal? inForce)
    {
        if (context.PreviousYear is not { } previous)
        {
            context.NotDecidable(Id, $"未提供上年度报告，“{row.Key}”跨年度存量不可判定");
            return;
        }

        if (previous.Format != ReportFormat.Format2021 || Table2Cells.Value(previous.Table2, row.Key, Table2Layout.InForce) is not { } before)
        {
            context.NotDecidable(Id, $"上年度报告表二无“{row.Key}—现行有效件数”，跨年度存量不可判定");
            return;
        }

        if (issued is not { } i || repealed is not { } r || inForce is not { } now)
        {
            context.NotDecidable(Id, $"本年度表二“{row.Key}”行数值不全，跨年度存量不可判定");
            return;
        }

        var expected = before + i - r;
        if (expected == now)
        {
            return;
        }

        context.Add(new ReportIssue(Id, Severity.General, $"表二“{row.Key}”现行有效件数{F(now)}，与上年现行有效{F(before)}+本年制发{F(i)}−本年废止{F(r)}={F(expected)}不一致（差{F(Math.Abs(now - expected))}）")
        {
            Table = "表二",
            Row = row.Key,
            Column = Table2Layout.InForce,
            Expected = F(expected),
            Actual = F(now),
            Line = row.Line,
            Discriminator = "across-years",
        });
    }

    private static string F(decimal value) => CellArithmetic.Format(value);
}
