using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// The report's title, year and organ from the text before section 一 (docs/domain/annual-reports.md §7.13): the first short line
/// naming a 年度报告, joined with the line before when the title is split over two lines ("…2019年政府信息公开" /
/// "工作年度报告"). Sentences ("…现公布…年度报告。") and the website statement (年度报表) are not titles.
/// </summary>
internal static partial class TitleReader
{
    private const int MaxTitle = 60;
    private const string StandardName = "政府信息公开工作年度报告";
    private static readonly string[] TitlePrefixes = ["标题:", "标题：", "标题 :", "题目:"];

    /// <remarks>
    /// A page copy often carries the site's chrome before the title: a breadcrumb ending in the column's name (您现在的位置:
    /// 首页 >> … >> 信息公开年度报告) or a navigation bullet (• 部门信息公开工作年度报告). Neither is a title, and a line
    /// naming a year wins over one that names none.
    /// </remarks>
    public static string? Find(IReadOnlyList<string> lines, int start, int end) =>
        Find(lines, start, end, line => line.Contains("年度报告", StringComparison.Ordinal) && !IsBreadcrumb(line) && YearOf(line) is not null)
        ?? Find(lines, start, end, line => line.Contains("年度报告", StringComparison.Ordinal) && !IsBreadcrumb(line))
        ?? Find(lines, start, end, line => !IsBreadcrumb(line) && NamesAnnualReport(line))
        ?? SelfCitation(lines, start, end);

    private static bool IsBreadcrumb(string line) =>
        line.IndexOfAny(['>', '＞', '»']) >= 0 || line.StartsWith("您现在的位置", StringComparison.Ordinal) || line.StartsWith("当前位置", StringComparison.Ordinal);

    /// <summary>
    /// With no title line, the report naming itself in its preamble: "…我镇认真编制了《田黄镇2020年政府信息公开工作
    /// 年度报告》" (a citation of another document, "《…关于…的通知》", is not).
    /// </summary>
    private static string? SelfCitation(IReadOnlyList<string> lines, int start, int end)
    {
        for (var i = start; i < Math.Min(end, start + 3); i++)
        {
            foreach (Match cited in SelfCited().Matches(lines[i]))
            {
                var title = cited.Groups["t"].Value;
                if (YearOf(title) is not null && !title.Contains("关于", StringComparison.Ordinal) && !title.Contains("通知", StringComparison.Ordinal))
                {
                    return title;
                }
            }
        }

        return null;
    }

    /// <summary>The first title-like line passing <paramref name="names"/>: a line naming 年度报告 wins over a garbled or non-standard one.</summary>
    private static string? Find(IReadOnlyList<string> lines, int start, int end, Func<string, bool> names)
    {
        for (var i = start; i < end; i++)
        {
            var line = StripPrefix(lines[i].Trim());
            // Sentences are not titles: "…现将我办2022年度政府信息公开情况报告如下:".
            if (line.Length is 0 or > MaxTitle || !names(line) || line.Contains('。') || line.Contains("本年度报告", StringComparison.Ordinal)
                || line.EndsWith(':') || line.EndsWith('：') || line.Contains("如下", StringComparison.Ordinal))
            {
                continue;
            }

            if (YearOf(line) is null && Previous(lines, start, i) is { } previous && (YearOf(previous) is not null || previous.EndsWith("政府信息公开", StringComparison.Ordinal)))
            {
                return previous + line;
            }

            // "某镇人民政府" / "2021年政府信息公开工作年度报告": the organ printed on the line above the title.
            if (OrganOf(line) is null && Previous(lines, start, i) is { } organLine && OrganLine().IsMatch(organLine))
            {
                return organLine + line;
            }

            return line;
        }

        return null;
    }

    /// <summary>
    /// True when the line names an annual report: "年度报告", a non-standard name ("政府信息公开工作报告",
    /// "…年度工作报告"), or the full name 政府信息公开工作年度报告 with a slip in it ("年报度告", "年度报报告"); S-TITLE
    /// then names what is wrong.
    /// </summary>
    private static bool NamesAnnualReport(string line) =>
        line.Contains("年度报告", StringComparison.Ordinal)
        || (line.Contains("信息公开", StringComparison.Ordinal)
            && (OtherReportName().IsMatch(line) || EditDistance.BestWindow(line, StandardName, 2) is not null));

    /// <summary>The first "20xx年" (or 19xx) in a text.</summary>
    public static int? YearOf(string text)
    {
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] == '年' && IsYearDigits(text, i) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                return int.Parse(text.AsSpan(i, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The organ: the title's words before the year, else between the year and 政府信息公开.</summary>
    public static string? OrganOf(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var yearAt = -1;
        for (var i = 0; i + 4 < title.Length; i++)
        {
            if (title[i + 4] == '年' && IsYearDigits(title, i))
            {
                yearAt = i;
                break;
            }
        }

        string organ;
        if (yearAt > 0)
        {
            organ = title[..yearAt];
        }
        else
        {
            var after = yearAt == 0 ? title[5..] : title;
            if (after.StartsWith('度'))
            {
                after = after[1..];
            }

            var end = after.IndexOf("政府信息公开", StringComparison.Ordinal);
            organ = end > 0 ? after[..end] : string.Empty;
        }

        organ = organ.Trim();
        return organ.Length == 0 ? null : organ;
    }

    private static bool IsYearDigits(string text, int i) =>
        text[i] is '1' or '2' && (text[i + 1] is '9' or '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]);

    private static string? Previous(IReadOnlyList<string> lines, int start, int index)
    {
        for (var i = index - 1; i >= start; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            return line.Length <= 30 && line.IndexOfAny(['。', '，', ',', ':', '：']) < 0 ? line : null;
        }

        return null;
    }

    private static string StripPrefix(string line)
    {
        // A page's metadata field ("名  称: 海口市…年度报告") and a navigation bullet ("• …").
        line = line.TrimStart('•', '·', '●', ' ', '\t');
        if (FieldPrefix().Match(line) is { Success: true } field)
        {
            return line[field.Length..].Trim();
        }

        foreach (var prefix in TitlePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..].Trim();
            }
        }

        return line;
    }

    /// <summary>Non-standard names a title still uses: "…政府信息公开工作报告", "…年度工作报告", "…工作年报".</summary>
    [GeneratedRegex("信息公开(?:年度)?工作(?:年度)?报告|信息公开(?:工作)?年报|信息公开(?:工作)?情况的?报告")]
    private static partial Regex OtherReportName();

    [GeneratedRegex("《(?<t>[^《》]{4,50}?政府信息公开工作年度报告)》")]
    private static partial Regex SelfCited();

    /// <summary>A line that is only an organ's name: it ends as organs' names end.</summary>
    [GeneratedRegex("^[\\p{IsCJKUnifiedIdeographs}（）()]{2,30}(人民政府|政府|办事处|乡|镇|街道|苏木|局|办|办公室|办公厅|委员会|委|厅|中心|院|署)$")]
    private static partial Regex OrganLine();

    [GeneratedRegex(@"^(名\s*称|标\s*题)\s*[:：]\s*")]
    private static partial Regex FieldPrefix();
}
