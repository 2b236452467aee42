using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// The statistics-period sentence (docs/domain/annual-reports.md §2.3, §7.12): "统计期限从2021年1月1日起至2021年12月31日止",
/// "统计时限为2022年1月1日至12月31日" (end year omitted). Dates that cannot be read ("自202111日起至20211231日止",
/// "至202020年12月31日") stay null: the sentence is reported as found with its text, never silently dropped.
/// </summary>
internal static class PeriodReader
{
    private static readonly string[] Keywords = ["统计期限", "统计时限", "统计时间", "统计期间", "统计区间", "统计周期", "统计范围", "统计数据时限", "统计数据期限", "统计数据时间"];
    private const int MaxGapBeforeDate = 12;

    public static StatisticsPeriod? Find(IReadOnlyList<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.Contains("统计", StringComparison.Ordinal))
            {
                // "…等六部分组成,涵盖2020年1月1日至12月21日…工作情况", "所列数据截止日期为20251231日": the period
                // stated without the word 统计 (an end date alone counts only when it cannot be read).
                foreach (var word in (string[])["涵盖", "截止日期", "数据截止", "数据截至"])
                {
                    var at = line.IndexOf(word, StringComparison.Ordinal);
                    if (at >= 0 && Read(line, at, word.Length, i + 1) is { } stated)
                    {
                        return stated;
                    }
                }

                continue;
            }

            foreach (var keyword in Keywords)
            {
                var at = line.IndexOf(keyword, StringComparison.Ordinal);
                if (at >= 0 && Read(line, at, keyword.Length, i + 1) is { } period)
                {
                    return period;
                }
            }
        }

        return null;
    }

    private static StatisticsPeriod? Read(string line, int at, int keywordLength, int lineNumber)
    {
        var i = at + keywordLength;
        var limit = Math.Min(line.Length, i + MaxGapBeforeDate);
        while (i < limit && !char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        if (i >= limit)
        {
            return null;
        }

        var (startText, afterStart) = DateText(line, i);
        var j = afterStart;
        while (j < line.Length && (line[j] is '起' or ' ' or '\u3000'))
        {
            j++;
        }

        if (j >= line.Length || line[j] is not ('至' or '到' or '—' or '-' or '~' or '～'))
        {
            // "统计期限为2025111231日": digits run together with no range word; a period, but unreadable.
            return startText.Length >= 8 && ParseDate(startText, null) is null && startText.Count(char.IsAsciiDigit) >= 8
                ? new StatisticsPeriod(line[at..afterStart], null, null, lineNumber)
                : null;
        }

        j++;
        while (j < line.Length && line[j] == ' ')
        {
            j++;
        }

        var (endText, afterEnd) = DateText(line, j);
        if (endText.Length == 0)
        {
            return null;
        }

        if (afterEnd < line.Length && line[afterEnd] == '止')
        {
            afterEnd++;
        }

        var startDate = ParseDate(startText, null);
        var endDate = ParseDate(endText, startDate?.Year);
        return new StatisticsPeriod(line[at..afterEnd], startDate, endDate, lineNumber);
    }

    private static (string Text, int End) DateText(string line, int i)
    {
        var start = i;
        while (i < line.Length && i - start < 24 && (char.IsAsciiDigit(line[i]) || line[i] is '年' or '月' or '日' or ' '))
        {
            i++;
        }

        return (line[start..i].Replace(" ", string.Empty, StringComparison.Ordinal), i);
    }

    /// <summary>"2021年1月1日" or, with the year given, "12月31日"; anything else (missing 年/月, a 6-digit year) is null.</summary>
    private static DateOnly? ParseDate(string text, int? defaultYear)
    {
        // "12月31" with its 日 left off still names the day: read it as if the 日 were there.
        if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && text.Contains('月') && !text.Contains('日'))
        {
            text += "日";
        }

        var yearEnd = text.IndexOf('年');
        var monthEnd = text.IndexOf('月');
        var dayEnd = text.IndexOf('日');
        if (monthEnd < 0 || dayEnd < 0 || dayEnd < monthEnd || (yearEnd >= 0 && yearEnd > monthEnd))
        {
            return null;
        }

        int year;
        if (yearEnd >= 0)
        {
            if (yearEnd != 4 || !int.TryParse(text.AsSpan(0, 4), out year))
            {
                return null;
            }
        }
        else if (defaultYear is { } given)
        {
            year = given;
        }
        else
        {
            return null;
        }

        var monthStart = yearEnd + 1;
        if (!int.TryParse(text.AsSpan(monthStart, monthEnd - monthStart), out var month)
            || !int.TryParse(text.AsSpan(monthEnd + 1, dayEnd - monthEnd - 1), out var day)
            || year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
