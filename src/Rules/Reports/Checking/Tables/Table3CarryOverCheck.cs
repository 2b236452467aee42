using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// T3-CARRY-Y: this year's 二、上年结转 equals the previous report's 四、结转下年度继续办理, column by column
/// (docs/domain/annual-reports.md §4 rule 8). Needs the same organ's report on the year before.
/// </summary>
public sealed class Table3CarryOverCheck : IReportCheck
{
    private const string Id = "T3-CARRY-Y";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (context.PreviousYear is not { } previous)
        {
            context.NotDecidable(Id, "未提供上年度报告，跨年度结转不可判定");
            return;
        }

        if (report.Year is { } year && previous.Year is { } previousYear && previousYear != year - 1)
        {
            context.NotDecidable(Id, $"所给上年度报告为{previousYear}年度，不是{year - 1}年度，跨年度结转不可判定");
            return;
        }

        var carriedIn = report.Table3?.Row(Table3Layout.CarriedInRow);
        var carriedOut = previous.Table3?.Row(Table3Layout.CarriedOutRow);
        if (carriedIn is not { IsResolved: true } || carriedOut is not { IsResolved: true })
        {
            var missing = carriedIn is not { IsResolved: true } ? "本年度表三“二、上年结转政府信息公开申请数量”行" : "上年度表三“四、结转下年度继续办理”行";
            context.NotDecidable(Id, $"未找到{missing}，跨年度结转不可判定");
            return;
        }

        var previousName = previous.Year is { } py ? $"{py}年度报告" : "上年度报告";
        for (var c = 0; c < Table3Layout.ColumnCount; c++)
        {
            var now = CellArithmetic.Count(carriedIn.Values[c]);
            var before = CellArithmetic.Count(carriedOut.Values[c]);
            var column = Table3Layout.Columns[c];
            if (now is null || before is null)
            {
                context.NotDecidable(Id, $"表三“{column}”列结转数无法识别，跨年度结转不可判定");
                continue;
            }

            if (now == before)
            {
                continue;
            }

            var where = c == Table3Layout.TotalColumn ? "总计" : $"“{column}”列";
            var difference = CellArithmetic.Format(Math.Abs(now.Value - before.Value));
            context.Add(new ReportIssue(Id, Severity.Serious,
                $"本年度“上年结转”{where}{CellArithmetic.Format(now.Value)}件，与{previousName}“结转下年度继续办理”{where}{CellArithmetic.Format(before.Value)}件不一致（差{difference}）")
            {
                Table = "表三",
                Row = Table3Layout.CarriedInRow,
                Column = column,
                Expected = CellArithmetic.Format(before.Value),
                Actual = CellArithmetic.Format(now.Value),
                Line = carriedIn.Line,
            });
        }
    }
}
