using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking.Tables;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-OVERVIEW (2021+): 总体情况 covers 主动公开, 依申请公开, 政府信息管理, 平台建设 and 监督保障; a government's own report
/// also gives the 考核/评议/责任追究 results (条例第五十条). Not applied to trial-format years.
/// </summary>
public sealed class OverviewCheck : IReportCheck
{
    private const string Id = "S-OVERVIEW";

    private static readonly (string Topic, string[] Words)[] Topics =
    [
        ("主动公开", ["主动公开"]),
        ("依申请公开", ["依申请", "申请公开", "公开申请"]),
        ("政府信息管理", ["信息管理"]),
        ("平台建设", ["平台"]),
        ("监督保障", ["监督", "保障"]),
    ];

    private static readonly (string Topic, string Word)[] GovernmentResults = [("工作考核", "考核"), ("社会评议", "评议"), ("责任追究", "追究")];

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Year is not { } year)
        {
            context.NotDecidable(Id, "报告年度不明，总体情况检查不可判定");
            return;
        }

        if (year < 2021)
        {
            return;
        }

        if (report.Section(1) is not { } overview)
        {
            context.NotDecidable(Id, "未找到第一部分“总体情况”，检查不可判定");
            return;
        }

        // A copy cut inside 总体情况 (no later section found) shows only its first topics: the rest is not missing.
        if (report.DeclaredPartial && !report.Sections.Any(s => s.Ordinal > 1))
        {
            context.NotDecidable(Id, "副本在第一部分“总体情况”中截止，其内容是否齐全不可判定");
            return;
        }

        var text = overview.Heading + overview.Body;
        var missing = Topics.Where(t => !t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(t => t.Topic).ToArray();
        if (missing.Length > 0)
        {
            context.Add(new ReportIssue(Id, Severity.General, $"“总体情况”未涉及{string.Join("、", missing)}{(missing.Length > 1 ? "等" : string.Empty)}方面内容")
            {
                Row = "一",
                Expected = string.Join("、", Topics.Select(t => t.Topic)),
                Actual = string.Join("、", Topics.Select(t => t.Topic).Except(missing)),
                Line = overview.Line,
                Discriminator = "topics",
            });
        }

        if (OrganProfileInference.Resolve(context) is { Kind: OrganKind.Government })
        {
            var absent = GovernmentResults.Where(r => !text.Contains(r.Word, StringComparison.Ordinal)).Select(r => r.Topic).ToArray();
            if (absent.Length > 0)
            {
                context.Add(new ReportIssue(Id, Severity.General, $"政府年度报告的“总体情况”未说明{string.Join("、", absent)}结果")
                {
                    Row = "一",
                    Expected = "工作考核、社会评议、责任追究结果",
                    Actual = string.Join("、", GovernmentResults.Select(r => r.Topic).Except(absent)),
                    Line = overview.Line,
                    Discriminator = "government",
                });
            }
        }
    }
}
