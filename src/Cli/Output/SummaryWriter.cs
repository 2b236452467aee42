using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Cli.Output;

/// <summary>The closing summary of an inspection, in Chinese, on the given writer.</summary>
public static class SummaryWriter
{
    private const int MaxListed = 20;

    public static void Write(TextWriter output, InspectionResult result, InspectionOutcome? stored)
    {
        var elapsed = result.FinishedAt - result.StartedAt;
        output.WriteLine($"站点 {result.SiteId} 检查{(result.Cancelled ? "（已取消，结果不完整）" : "完成")}：用时 {elapsed.TotalSeconds:0.0} 秒，抓取页面 {result.PagesCrawled} 个，检查链接 {result.LinksExamined} 处（不同目标 {result.TargetsChecked} 个）。");
        if (result.PagesCrawled == 0)
        {
            // No finding list may read as a clean bill of health when nothing was looked at.
            output.WriteLine("注意：本次未能读取任何页面，站点内容没有经过检查，不能据此认为站点没有问题。");
        }

        var bySeverity = result.Findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"发现问题 {result.Findings.Count} 个：严重 {bySeverity.GetValueOrDefault(Severity.Serious)}，一般 {bySeverity.GetValueOrDefault(Severity.General)}，提示 {bySeverity.GetValueOrDefault(Severity.Hint)}。");
        foreach (var rule in result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {rule.Key,-26} {rule.Count(),4}");
        }

        if (stored is not null)
        {
            output.WriteLine($"已保存到存储（运行编号 {result.RunId}）：新发现 {stored.Merge.New} 个，{stored.Merge.StillOpenText}，重新出现 {stored.Merge.Reopened} 个，已整改 {stored.Merge.Resolved} 个{Unverified(stored.Merge.Unverified)}。");
        }

        if (result.UnreadPages.Count > 0)
        {
            output.WriteLine($"未能读取的页面 {result.UnreadPages.Count} 个（其中的链接和文字未检查）：");
            foreach (var page in result.UnreadPages.Take(MaxListed))
            {
                output.WriteLine($"  - {page.Message}");
            }

            if (result.UnreadPages.Count > MaxListed)
            {
                output.WriteLine($"  ……另有 {result.UnreadPages.Count - MaxListed} 个，见检查结果中的“{LinkRules.UnreadablePage.ChineseName}”");
            }
        }

        if (result.Errors.Count > 0)
        {
            output.WriteLine($"运行中的错误 {result.Errors.Count} 条：");
            foreach (var error in result.Errors.Take(MaxListed))
            {
                output.WriteLine($"  - {error}");
            }

            if (result.Errors.Count > MaxListed)
            {
                output.WriteLine($"  ……另有 {result.Errors.Count - MaxListed} 条");
            }
        }
    }

    // Findings the run could not look at again (throttled, skipped, not reached) are neither confirmed nor fixed.
    private static string Unverified(int count) => count > 0 ? $"，未能复查 {count} 个（保持原状态）" : string.Empty;
}
