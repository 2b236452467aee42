using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Cli.Output;

/// <summary>The readable listing: most serious first, grouped by rule, one block per finding.</summary>
public static class TableFindingWriter
{
    public static void Write(TextWriter output, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            output.WriteLine("未发现问题。");
            return;
        }

        var index = 0;
        foreach (var group in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).GroupBy(f => f.RuleId))
        {
            var first = group.First();
            output.WriteLine($"【{first.Severity.ToChinese()}】{GroupTitle(group.Key)}，共 {group.Count()} 个");
            foreach (var finding in group)
            {
                index++;
                output.WriteLine($"  {index}. {finding.Message}");
                if (finding.TargetUrl is not null)
                {
                    output.WriteLine($"     目标：{finding.TargetUrl}");
                }

                var evidence = finding.Evidence.Where(e => e.Key is "status" or "redirects" or "detail").Select(e => $"{HtmlReportLabels.EvidenceKey(e.Key)}：{e.Value}").ToList();
                if (evidence.Count > 0)
                {
                    output.WriteLine($"     依据：{string.Join("；", evidence)}");
                }
            }

            output.WriteLine();
        }
    }

    /// <summary>The Chinese rule name for staff, with the id kept for whoever maps it back to the catalogue.</summary>
    public static string GroupTitle(string ruleId)
    {
        var name = RuleCatalog.ChineseName(ruleId);
        return name == ruleId ? ruleId : $"{name}（{ruleId}）";
    }
}
