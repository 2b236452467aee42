using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-T2 (docs/domain/annual-reports.md §4 rule 16): "制发/公开（行政）规范性文件N件" equals 表二 本年制发件数 (2021 layout) or
/// 本年新公开数量 (trial layout). Clearing, repeal, stock and interpretation counts are other quantities.
/// </summary>
public sealed partial class NormativeDocumentCheck : IReportCheck
{
    public const string RuleId = "N-T2";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var count in ClauseCounts.Exact(report, unit => unit is "件" or "份" or "个"))
        {
            var (block, number, prefix) = (count.Block, count.Number, count.Prefix);
            var claim = Issued().Match(prefix);
            if (!claim.Success || OtherQuantity().IsMatch(prefix) || count.OpensWith("其中"))
            {
                continue;
            }

            var quote = count.QuoteFrom(count.ClauseStart + claim.Index);
            if (!seen.Add(quote))
            {
                continue;
            }

            var (row, column) = Target(report);
            var cell = report.Table2?.Row(row)?.Cell(column);
            if (cell?.ArithmeticValue is not { } value)
            {
                var missing = report.Table2 is null ? "未找到表二" : cell is null ? $"表二未找到“{row}—{column}”" : $"表二“{row}—{column}”无法识别为数字";
                context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
                continue;
            }

            if (value == number.Value)
            {
                continue;
            }

            var message = $"正文称“{quote}”，表二“{row}—{column}”为{NarrativeIssues.Format(value)}件，前后不一致{NarrativeIssues.Difference(value, number.Value)}";
            context.Add(NarrativeIssues.Create(RuleId, message, quote, block, number.Offset, "表二", row, column, value, number.Value));
        }
    }

    private static (string Row, string Column) Target(AnnualReport report)
    {
        var trial = report.Format == ReportFormat.Trial2019
            || (report.Format == ReportFormat.Unknown && report.Table2?.Row(Table2Layout.NormativeDocs2019) is not null);
        return trial ? (Table2Layout.NormativeDocs2019, Table2Layout.NewlyPublished) : (Table2Layout.NormativeDocs2021, Table2Layout.Issued);
    }

    [GeneratedRegex(@"(制发|制定|出台|印发|公开)[^\d，,；;。]{0,16}?规范性文件(共|合计|共计)?\s*$")]
    private static partial Regex Issued();

    [GeneratedRegex(@"清理|废止|修改|修订|审查|备案|解读|现行有效|累计|以来|上年|去年|同比|政策")]
    private static partial Regex OtherQuantity();
}
