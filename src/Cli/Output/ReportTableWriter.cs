using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// check-report's readable output: per file, its issues most serious first (catalogue order within a severity), then
/// the checks that could not be decided, briefly; one summary line at the end.
/// </summary>
public static class ReportTableWriter
{
    /// <summary>不可判定 lines shown per file; the rest are counted, not listed.</summary>
    public const int MaxUndecidableShown = 12;

    public static void Write(TextWriter output, ReportCheckRun run)
    {
        WriteFiles(output, run);
        WriteSummary(output, run);
    }

    /// <summary>Every file's issues and 不可判定 checks, without the summary line.</summary>
    public static void WriteFiles(TextWriter output, ReportCheckRun run)
    {
        foreach (var result in run.Results)
        {
            WriteFile(output, result);
            output.WriteLine();
        }
    }

    public static void WriteSummary(TextWriter output, ReportCheckRun run)
    {
        var findings = run.Results.SelectMany(r => r.Findings).ToList();
        var bySeverity = findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        var failed = run.Results.Count(r => !r.Read);
        var undecidable = run.Results.Sum(r => r.Outcome?.Undecidable.Count ?? 0);
        output.WriteLine(
            $"共核查年报 {run.Results.Count} 份（无法读取 {failed} 份）：发现问题 {findings.Count} 个（严重 {bySeverity.GetValueOrDefault(Severity.Serious)}，" +
            $"一般 {bySeverity.GetValueOrDefault(Severity.General)}，提示 {bySeverity.GetValueOrDefault(Severity.Hint)}），不可判定 {undecidable} 项。");
        if (run.Merge is { } merge)
        {
            output.WriteLine($"已保存到存储（站点 {run.SiteId}，运行编号 {run.RunId}）：新发现 {merge.New} 个，{merge.StillOpenText}，重新出现 {merge.Reopened} 个，已整改 {merge.Resolved} 个。");
        }
    }

    private static void WriteFile(TextWriter output, ReportCheckResult result)
    {
        if (result.Outcome is not { } outcome)
        {
            output.WriteLine($"== {result.Source}：无法读取");
            output.WriteLine($"  【{result.Findings[0].Severity.ToChinese()}】{result.Findings[0].RuleId} {result.ReadFailure!.ChineseMessage}");
            return;
        }

        var report = outcome.Report;
        var about = string.Join("，", new[]
        {
            report.Organ,
            report.Year is { } year ? $"{year}年度" : "年度不明",
            result.Kind is { } kind ? KindName(kind) : null,
            result.PreviousYearSource is { } previous ? $"上年度报告：{previous}" : null,
        }.Where(part => !string.IsNullOrEmpty(part)));
        output.WriteLine($"== {result.Source}（{about}）");
        if (outcome.Issues.Count == 0)
        {
            output.WriteLine("  未发现问题。");
        }

        var index = 0;
        foreach (var issue in outcome.Issues.OrderByDescending(i => i.Severity))
        {
            index++;
            var where = issue.Line is { } line ? $"（第{line}行）" : string.Empty;
            output.WriteLine($"  {index}. 【{issue.Severity.ToChinese()}】{issue.RuleId} {issue.Message}{where}");
        }

        if (outcome.Undecidable.Count > 0)
        {
            output.WriteLine($"  不可判定 {outcome.Undecidable.Count} 项：");
            foreach (var undecidable in outcome.Undecidable.Take(MaxUndecidableShown))
            {
                output.WriteLine($"    - {undecidable.RuleId}：{undecidable.Reason}");
            }

            if (outcome.Undecidable.Count > MaxUndecidableShown)
            {
                output.WriteLine($"    ……另有 {outcome.Undecidable.Count - MaxUndecidableShown} 项");
            }
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine($"  说明：{note}");
        }

        if (result.StoreNote is { } storeNote)
        {
            output.WriteLine($"  存储：{storeNote}");
        }
    }

    /// <summary>
    /// The lines saying a stored report was kept instead of a reading (for <c>--format jsonl</c>, whose stdout holds
    /// only issues): one per such file, naming it.
    /// </summary>
    public static void WriteStoreNotes(TextWriter output, ReportCheckRun run)
    {
        foreach (var result in run.Results.Where(r => r.StoreNote is not null))
        {
            output.WriteLine($"{result.Source}：{result.StoreNote}");
        }
    }

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Html => "网页",
        DocumentKind.Docx => "DOCX",
        DocumentKind.Pdf => "PDF",
        _ => "文本",
    };
}
