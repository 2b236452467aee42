using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>The report year a title states, in Arabic (2023年, 2023年度) or Chinese numerals (二〇二三年).</summary>
public static partial class ReportYearText
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    public static int? Find(string text)
    {
        foreach (Match match in ArabicYear().Matches(text))
        {
            if (int.TryParse(match.Groups["y"].ValueSpan, out var year) && IsPlausible(year))
            {
                return year;
            }
        }

        var chinese = ChineseYear().Match(text);
        if (chinese.Success)
        {
            var year = 0;
            foreach (var c in chinese.Groups["y"].Value)
            {
                year = (year * 10) + DigitOf(c);
            }

            return IsPlausible(year) ? year : null;
        }

        return null;
    }

    private static int DigitOf(char c) => c is '○' or '零' or 'O' or '０' ? 0 : ChineseDigits.IndexOf(c, StringComparison.Ordinal);

    private static bool IsPlausible(int year) => year is >= 2000 and <= 2100;

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?![0-9])\s*(?:年|\)|）|$)")]
    private static partial Regex ArabicYear();

    [GeneratedRegex(@"(?<y>[〇○零O０一二三四五六七八九]{4})\s*年")]
    private static partial Regex ChineseYear();
}
