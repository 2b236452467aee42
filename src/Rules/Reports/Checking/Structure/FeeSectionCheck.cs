using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking.Narrative;
using ComplianceFns.Rules.Reports.Checking.Tables;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-FEE-SEC6 (2021+): §六 says whether 信息处理费 was charged. When fees are evidenced (table 三 (六)2 &gt; 0, or the
/// text mentions 收费通知/信息处理费) N-FEE owns the question and this note stays silent.
/// </summary>
public sealed class FeeSectionCheck : IReportCheck
{
    private const string Id = "S-FEE-SEC6";
    private const string UnpaidFeeRow = "三(六)2";
    private static readonly string[] FeeWords = ["信息处理费", "收费通知"];

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Year is not { } year)
        {
            context.NotDecidable(Id, "报告年度不明，信息处理费说明检查不可判定");
            return;
        }

        if (year < 2021 || FeesEvidenced(report))
        {
            return;
        }

        if (report.Section(6) is not { } other)
        {
            context.NotDecidable(Id, "未找到第六部分“其他需要报告的事项”，信息处理费说明检查不可判定");
            return;
        }

        context.Add(new ReportIssue(Id, Severity.Hint, "“其他需要报告的事项”未说明信息处理费收取情况")
        {
            Row = "六",
            Expected = "说明信息处理费收取情况",
            Actual = other.Body,
            Line = other.Line,
        });
    }

    private static bool FeesEvidenced(AnnualReport report)
    {
        if (report.Table3?.Row(UnpaidFeeRow) is { IsResolved: true } row && row.Values.Any(v => CellArithmetic.Exact(v) is > 0))
        {
            return true;
        }

        // Prose only: table 三's own row label "(六)2.申请人逾期未按收费通知要求缴纳费用…" contains 收费通知 in every
        // 2021-format report and is no evidence of fees.
        return NarrativeText.Blocks(report).Any(b => FeeWords.Any(w => b.Text.Contains(w, StringComparison.Ordinal)));
    }
}
