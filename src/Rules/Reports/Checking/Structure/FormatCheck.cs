using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-FORMAT: the layout found matches the report year (2019–2020 trial, 2021+ the 2021 format). The 2021 layout on a
/// 2019–2020 report cannot be right (the format appeared in September 2021): W, the report is probably mis-dated.
/// </summary>
public sealed class FormatCheck : IReportCheck
{
    private const string Id = "S-FORMAT";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Format == ReportFormat.Unknown)
        {
            // Unknown is also a tie between the two formats' signals: say which were found rather than "none".
            context.NotDecidable(Id, report.FormatSignals.Count > 0
                ? $"表格同时含2019年试行格式和2021年格式的特征（{string.Concat(report.FormatSignals.Select(s => $"“{s}”"))}），格式检查不可判定"
                : "未找到表格格式特征（如“本年制发件数”“本年新制作数量”），格式检查不可判定");
            return;
        }

        if (report.Year is not { } year)
        {
            context.NotDecidable(Id, "报告年度不明，格式检查不可判定");
            return;
        }

        var signals = string.Concat(report.FormatSignals.Select(s => $"“{s}”"));
        var evidence = signals.Length > 0 ? $"（含{signals}）" : string.Empty;
        if (year >= 2021 && report.Format == ReportFormat.Trial2019)
        {
            context.Add(new ReportIssue(Id, Severity.Serious, $"{year}年度报告仍使用2019年试行格式{evidence}，应使用国办公开办函〔2021〕30号格式")
            {
                Expected = "国办公开办函〔2021〕30号格式",
                Actual = "2019年试行格式",
            });
        }
        else if (year is 2019 or 2020 && report.Format == ReportFormat.Format2021)
        {
            context.Add(new ReportIssue(Id, Severity.General, $"{year}年度报告使用了2021年格式{evidence}，该格式2021年9月才印发，报告年度可能有误")
            {
                Expected = "2019年试行格式",
                Actual = "国办公开办函〔2021〕30号格式",
            });
        }
    }
}
