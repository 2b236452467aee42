using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-FEE (docs/domain/annual-reports.md §5, §6 E): for 2021+ reports, when 表三 (六)2 is above 0 or the text speaks of
/// 信息处理费/收费通知, section 六 states the fee. Without such evidence S-FEE-SEC6 gives the note instead.
/// </summary>
public sealed partial class FeeStatementCheck : IReportCheck
{
    public const string RuleId = "N-FEE";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        var year = report.Year ?? (report.Format == ReportFormat.Format2021 ? 2021 : null);
        if (year is null or < 2021)
        {
            return;
        }

        var unpaid = Table3Values.Cell(report.Table3, "三(六)2");
        var mention = NarrativeText.Blocks(report).Where(b => b.Section != 6).Select(b => (Block: b, Match: Fee().Match(b.Text))).FirstOrDefault(x => x.Match.Success);
        var evidence = unpaid.Value > 0
            ? $"表三有{NarrativeIssues.Format(unpaid.Value!.Value)}件因申请人逾期未按收费通知要求缴纳费用而终止处理"
            : mention.Match is { Success: true } m ? $"正文提及“{m.Value}”" : null;
        if (evidence is null)
        {
            if (unpaid.Missing is { } missing)
            {
                context.NotDecidable(RuleId, $"{missing}，无法判断是否需要说明信息处理费");
            }

            return;
        }

        var section6 = report.Section(6);
        if (section6 is null)
        {
            context.NotDecidable(RuleId, $"{evidence}，但未找到“其他需要报告的事项”部分，无法核对");
            return;
        }

        if (Stated().IsMatch(section6.Body))
        {
            return;
        }

        var message = $"{evidence}，但“其他需要报告的事项”未说明信息处理费收取情况";
        context.Add(new ReportIssue(RuleId, ReportRules.All.First(r => r.Id == RuleId).Severity, message)
        {
            Table = unpaid.Value > 0 ? "表三" : null,
            Row = unpaid.Value > 0 ? "三(六)2" : null,
            Line = section6.Line,
            Discriminator = "信息处理费",
        });
    }

    [GeneratedRegex(@"信息处理费|收费通知")]
    private static partial Regex Fee();

    [GeneratedRegex(@"信息处理费|处理费|收费|收取|费用")]
    private static partial Regex Stated();
}
