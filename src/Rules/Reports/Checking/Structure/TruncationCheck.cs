using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-TRUNCATED: a text that visibly breaks off before its last section is said to be incomplete, once, naming where
/// it ends; the later parts are then 不可判定 rather than missing (S-SECTIONS).
/// </summary>
public sealed class TruncationCheck : IReportCheck
{
    public const string RuleId = "S-TRUNCATED";

    public void Check(ReportCheckContext context)
    {
        if (context.Report.Truncation is not { } where)
        {
            return;
        }

        context.Add(new ReportIssue(RuleId, Severity.General,
            $"年报文本{where}，疑似不完整（分页未读全、页面截取不全或PDF文字层缺失），文本以外的部分未能核查；请核对原文是否完整发布")
        {
            Actual = where,
        });
    }
}
