using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Cli.Output;

/// <summary>The closing summary of an inspection, in Chinese, on the given writer.</summary>
public static class SummaryWriter
{
    public static void Write(TextWriter output, InspectionResult result, InspectionOutcome? stored)
    {
        var elapsed = result.FinishedAt - result.StartedAt;
        output.WriteLine($"站点 {result.SiteId} 检查{(result.Cancelled ? "（已取消，结果不完整）" : "完成")}：用时 {elapsed.TotalSeconds:0.0} 秒，抓取页面 {result.PagesCrawled} 个，检查链接 {result.LinksExamined} 处（不同目标 {result.TargetsChecked} 个）。");
        var bySeverity = result.Findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"发现问题 {result.Findings.Count} 个：严重 {bySeverity.GetValueOrDefault(Severity.Serious)}，一般 {bySeverity.GetValueOrDefault(Severity.General)}，提示 {bySeverity.GetValueOrDefault(Severity.Hint)}。");
        foreach (var rule in result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {rule.Key,-26} {rule.Count(),4}");
        }

        if (stored is not null)
        {
            output.WriteLine($"已保存到存储（运行编号 {result.RunId}）：新发现 {stored.Merge.New} 个，仍未整改 {stored.Merge.StillOpen} 个，重新出现 {stored.Merge.Reopened} 个，已整改 {stored.Merge.Resolved} 个{Unverified(stored.Merge.Unverified)}。");
        }

        if (result.Errors.Count > 0)
        {
            output.WriteLine($"运行中的错误 {result.Errors.Count} 条：");
            foreach (var error in result.Errors.Take(20))
            {
                output.WriteLine($"  - {error}");
            }

            if (result.Errors.Count > 20)
            {
                output.WriteLine($"  ……另有 {result.Errors.Count - 20} 条");
            }
        }
    }

    // Findings the run could not look at again (throttled, skipped, not reached) are neither confirmed nor fixed.
    private static string Unverified(int count) => count > 0 ? $"，未能复查 {count} 个（保持原状态）" : string.Empty;
}
