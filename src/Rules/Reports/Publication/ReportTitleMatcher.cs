using ComplianceFns.Rules.Reports.Reading;
namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>
/// Whether a link text or page title is an organ's 政府信息公开工作年度报告, and for which year: the organ's name (or an
/// alias) + a year + 政府信息公开 + 年度报告/年报. The website statement 政府网站工作年度报表 (§1.5), notices about
/// compiling reports and 图解/解读 products are not reports. Traditional characters are folded first.
/// </summary>
public static class ReportTitleMatcher
{
    private static readonly string[] NotAReport = ["政府网站", "年度报表", "通知", "编制", "图解", "解读"];

    /// <summary>What may follow the organ's name in a title; anything else continues a longer name (某某县人民政府办公室).</summary>
    private static readonly string[] AfterName = ["关于", "政府信息公开", "年", "的", "（", "(", "）", ")", "“", "”", "《", "》", "：", ":", "—", "-", "_", "·"];

    /// <summary>The report year, when <paramref name="title"/> is a report of the organ named by one of <paramref name="organNames"/>.</summary>
    public static int? YearOf(string title, IReadOnlyCollection<string> organNames)
    {
        var text = Normalize(title);
        if (!IsReportTitle(text) || !NamesOrgan(text, organNames))
        {
            return null;
        }

        return ReportYearText.Find(text);
    }

    /// <summary>True for any organ's annual disclosure report title (no organ or year required).</summary>
    public static bool LooksLikeReport(string title) => IsReportTitle(Normalize(title));

    private static bool IsReportTitle(string text) =>
        text.Contains("政府信息公开", StringComparison.Ordinal)
        && (text.Contains("年度报告", StringComparison.Ordinal) || text.Contains("年报", StringComparison.Ordinal))
        && !NotAReport.Any(word => text.Contains(word, StringComparison.Ordinal));

    private static bool NamesOrgan(string text, IReadOnlyCollection<string> organNames)
    {
        foreach (var name in organNames)
        {
            var wanted = Normalize(name);
            if (wanted.Length == 0)
            {
                continue;
            }

            for (var at = text.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.Ordinal))
            {
                var after = text[(at + wanted.Length)..];
                if (after.Length == 0 || char.IsAsciiDigit(after[0]) || "〇○零一二三四五六七八九".Contains(after[0])
                    || AfterName.Any(word => after.StartsWith(word, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Simplified characters, no whitespace (titles are often spaced or broken across lines).</summary>
    private static string Normalize(string text)
    {
        var simplified = TextFolding.FoldLine(text);
        return string.Concat(simplified.Where(c => !char.IsWhiteSpace(c)));
    }
}
