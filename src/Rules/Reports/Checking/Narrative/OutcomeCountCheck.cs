using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-OUT (docs/domain/annual-reports.md §4 rule 12): "予以公开x件，部分公开y件，不予公开z件…" equals table 三's sub-totals of
/// (一)…(六), not single cells.
/// </summary>
public sealed partial class OutcomeCountCheck : IReportCheck
{
    public const string RuleId = "N-OUT";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var count in ClauseCounts.Exact(report, unit => unit == "件"))
        {
            var (block, number, prefix) = (count.Block, count.Number, count.Prefix);
            var outcome = Outcome().Match(prefix);
            if (!outcome.Success || prefix.Contains("主动", StringComparison.Ordinal) || NarrativeWords.OtherSubject().IsMatch(prefix)
                || NarrativeWords.ReviewOrLitigation().IsMatch(prefix))
            {
                continue;
            }

            var quote = count.QuoteFrom(count.ClauseStart + outcome.Index);
            if (!seen.Add(quote))
            {
                continue;
            }

            var group = outcome.Groups["word"].Value switch
            {
                "予以公开" => "三(一)",
                "部分公开" => "三(二)",
                "不予公开" => "三(三)",
                "无法提供" => "三(四)",
                "不予处理" => "三(五)",
                _ => "三(六)",
            };
            var table = Table3Values.Group(report.Table3, report.Format, group);
            if (table.Missing is { } missing)
            {
                context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
                continue;
            }

            var value = table.Value!.Value;
            if (value == number.Value)
            {
                continue;
            }

            var rows = Table3Values.GroupRows(report.Table3, report.Format, group);
            var what = rows.Count > 1 ? $"{rows.Count}项合计为" : "总计为";
            var message = $"正文称“{quote}”，表三“{Table3Values.GroupLabel(group)}”{what}{NarrativeIssues.Format(value)}件{table.Note}，前后不一致{NarrativeIssues.Difference(value, number.Value)}";
            context.Add(NarrativeIssues.Create(RuleId, message, quote, block, number.Offset, "表三", group, "总计", value, number.Value));
        }
    }

    /// <summary>An outcome word right before the number, a few filler characters allowed ("无法提供的12件").</summary>
    [GeneratedRegex(@"(?<!依申请|主动)(?<word>予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)[^\d，,；;。]{0,6}$")]
    private static partial Regex Outcome();
}
