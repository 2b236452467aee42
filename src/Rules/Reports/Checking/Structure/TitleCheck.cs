using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-TITLE: the title names the year and contains 政府信息公开工作年度报告. The short form 政府信息公开年度报告 and other
/// non-standard names are W; the phrase with wrong, transposed, inserted, doubled or missing characters (within two
/// slips) is E.
/// No title (the sample text has none) is 不可判定.
/// </summary>
public sealed partial class TitleCheck : IReportCheck
{
    private const string Id = "S-TITLE";
    private const string Standard = "政府信息公开工作年度报告";
    private const string ShortForm = "政府信息公开年度报告";
    private const int MaxTypos = 2;

    public void Check(ReportCheckContext context)
    {
        if (context.Report.Title is not { } title || string.IsNullOrWhiteSpace(title))
        {
            context.NotDecidable(Id, "正文、页面标题中均未找到报告标题，标题检查不可判定");
            return;
        }

        var compact = string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
        if (!Year().IsMatch(compact))
        {
            Add(context, Severity.General, $"标题“{title}”未写明报告年度", "含年度", title, "year");
        }

        var at = compact.IndexOf(Standard, StringComparison.Ordinal);
        if (at >= 0)
        {
            // The full name with one of its own end characters doubled next to it ("政政府…", "…报告告").
            if ((at > 0 && compact[at - 1] == Standard[0]) || (at + Standard.Length < compact.Length && compact[at + Standard.Length] == Standard[^1]))
            {
                Add(context, Severity.Serious, $"标题“{title}”存在文字错误（字符重复），应为“{Standard}”", Standard, title, "name");
            }

            return;
        }

        if (compact.Contains(ShortForm, StringComparison.Ordinal))
        {
            Add(context, Severity.General, $"标题“{title}”使用简称“{ShortForm}”，应为“{Standard}”", Standard, title, "name");
            return;
        }

        if (Garbled(compact))
        {
            Add(context, Severity.Serious, $"标题“{title}”存在文字错误，应为“{Standard}”", Standard, title, "name");
            return;
        }

        Add(context, Severity.General, $"标题“{title}”未使用规范名称“{Standard}”", Standard, title, "name");
    }

    /// <summary>
    /// True when a stretch of the title differs from the standard phrase by at most two slips: characters
    /// substituted, transposed, inserted, doubled or left out.
    /// </summary>
    private static bool Garbled(string title) => EditDistance.BestWindow(title, Standard, MaxTypos) is not null;

    private static void Add(ReportCheckContext context, Severity severity, string message, string expected, string actual, string discriminator) =>
        context.Add(new ReportIssue(Id, severity, message) { Expected = expected, Actual = actual, Discriminator = discriminator });

    [GeneratedRegex("(19|20)[0-9]{2}")]
    private static partial Regex Year();
}
