using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-YOY (docs/domain/annual-reports.md §4 rule 10): "申请…同比增长/下降p%" matches this year's and the previous report's 表三 一
/// 总计. A wrong direction is W; a wrong size within the right direction is I.
/// </summary>
public sealed partial class YearOnYearCheck : IReportCheck
{
    public const string RuleId = "N-YOY";

    public void Check(ReportCheckContext context)
    {
        foreach (var block in NarrativeText.Blocks(context.Report))
        {
            foreach (Match claim in Change().Matches(block.Text))
            {
                var clauseStart = ProseClauses.ClauseStart(block.Text, claim.Index);
                var quote = block.Text[clauseStart..(claim.Index + claim.Length)].Trim();
                var sentence = block.SentenceAt(claim.Index).Text;
                if (!ApplicationCount().IsMatch(sentence) || NarrativeWords.ReviewOrLitigation().IsMatch(sentence))
                {
                    continue;
                }

                var current = Table3Values.Cell(context.Report.Table3, Table3Layout.NewRow);
                var previous = context.PreviousYear is null
                    ? TableValue.Lacking("未提供上年度报告")
                    : Table3Values.Cell(context.PreviousYear.Table3, Table3Layout.NewRow) is { Missing: { } m } ? TableValue.Lacking("上年度报告" + m) : Table3Values.Cell(context.PreviousYear.Table3, Table3Layout.NewRow);
                if ((current.Missing ?? previous.Missing) is { } missing)
                {
                    context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
                    continue;
                }

                if (previous.Value == 0)
                {
                    context.NotDecidable(RuleId, $"正文称“{quote}”，但上年度新收申请为0件，无法计算增幅");
                    continue;
                }

                var stated = decimal.Parse(claim.Groups["p"].Value, CultureInfo.InvariantCulture) * (Falling().IsMatch(claim.Groups["dir"].Value) ? -1 : 1);
                var actual = 100m * (current.Value!.Value - previous.Value!.Value) / previous.Value!.Value;
                if (Math.Abs(actual - stated) < 0.1m)
                {
                    continue;
                }

                var severity = Math.Sign(actual) != Math.Sign(stated) ? Severity.General : Severity.Hint;
                var word = actual >= 0 ? "增长" : "下降";
                var message = $"正文称“{quote}”，上年报告新收申请为{NarrativeIssues.Format(previous.Value!.Value)}件、本年为{NarrativeIssues.Format(current.Value!.Value)}件，实际{word}{Math.Abs(actual).ToString("0.0", CultureInfo.InvariantCulture)}%";
                context.Add(NarrativeIssues.Create(RuleId, message, quote, block, claim.Index, "表三", Table3Layout.NewRow, Table3Layout.Total, Math.Round(actual, 1), stated) with { Severity = severity });
            }
        }
    }

    [GeneratedRegex(@"(同比|较上年|比上年|较去年|比去年|与上年相比|较上一年)[^\d，,；;。]{0,4}?(?<dir>增长|增加|上升|下降|减少|降低)了?\s*(?<p>[0-9]{1,6}(\.[0-9]{1,4})?)(?![0-9])\s*[%％]")]
    private static partial Regex Change();

    [GeneratedRegex(@"下降|减少|降低")]
    private static partial Regex Falling();

    [GeneratedRegex(@"(收到|受理|新收|接收)[^。]{0,20}申请|申请(量|数|件数|数量)")]
    private static partial Regex ApplicationCount();
}
