using System.Globalization;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Reads one table cell's text (docs/domain/annual-reports.md §7.5): placeholders are blanks; thousands separators, units and
/// signed forms (+2, -1, 减4, 增3) are normalised; amounts go to 万元; approximate or wordy values are unreadable.
/// </summary>
internal static class CellReader
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "", "/", "-", "—", "——", "－", "―", "–", "无", "空", "\\" };

    private static readonly HashSet<string> UnreadableWords = new(StringComparer.Ordinal) { "若干", "不详", "未知", "未统计", "暂无数据" };

    // Longest first, so "万元" wins over "元" and "人次" over "人".
    private static readonly string[] Units = ["万元", "人次", "元", "件", "条", "个", "项", "次", "人", "家", "份", "宗", "起"];

    /// <summary>No count or 万元 amount in a report has more digits than this (about 10^15).</summary>
    private const int MaxDigits = 15;

    private static readonly char[] ApproximateMarks = ['余', '多', '约', '近', '左', '右'];

    /// <summary>True when the text is a cell value (number, placeholder or an unreadable value word), not a label.</summary>
    public static bool IsValue(string text) => Read(text, 0, amount: false) is not null;

    /// <summary>The cell, or null when the text is not a value at all (a label or header).</summary>
    public static CellValue? Read(string text, int line, bool amount)
    {
        var raw = text.Trim();
        if (IsLongDigitRun(raw))
        {
            // "999999999999999999999999999999": a value no count can be (and too long for decimal), yet a value,
            // not label text; kept raw so T3-NONNEG / T2-NUM name it.
            return new CellValue(raw, null, CellKind.Unreadable, line);
        }

        if (raw.Length > 40)
        {
            // No cell value is this long (and labels and narrative often are): skip the normalisation.
            return null;
        }

        var key = TextFolding.MatchKey(raw);
        if (Placeholders.Contains(key))
        {
            return new CellValue(raw, null, CellKind.Blank, line);
        }

        if (UnreadableWords.Contains(key))
        {
            return new CellValue(raw, null, CellKind.Unreadable, line);
        }

        if (key.Length == 0 || key.Length > 24)
        {
            return null;
        }

        var i = 0;
        var sign = 1m;
        if (key[0] is '+' or '增')
        {
            i++;
        }
        else if (key[0] is '-' or '减' or '−')
        {
            sign = -1m;
            i++;
        }

        var approximate = false;
        if (i < key.Length && key[i] is '约' or '近')
        {
            approximate = true;
            i++;
        }

        var digitsStart = i;
        var separators = false;
        while (i < key.Length && (char.IsAsciiDigit(key[i]) || key[i] == ',' || key[i] == '.'))
        {
            separators |= key[i] == ',';
            i++;
        }

        var numberText = key[digitsStart..i].Replace(",", string.Empty, StringComparison.Ordinal);
        if (numberText.Length == 0 || !char.IsAsciiDigit(numberText[0]) || numberText.EndsWith('.')
            || !decimal.TryParse(numberText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var rest = key[i..];
        foreach (var mark in ApproximateMarks)
        {
            if (rest.StartsWith(mark))
            {
                approximate = true;
                rest = rest[1..];
            }
        }

        var unit = Units.FirstOrDefault(u => rest == u) ?? (rest.Length == 0 ? string.Empty : null);
        if (unit is null)
        {
            return null;
        }

        if (approximate)
        {
            // "6000余条": a count, but never exact enough for an equality check.
            return new CellValue(raw, null, CellKind.Unreadable, line);
        }

        number *= sign;
        string? conversion = null;
        if (amount && unit == "元")
        {
            number /= 10000m;
            conversion = $"{raw}→{Format(number)}万元";
        }
        else if (unit.Length > 0 || separators)
        {
            conversion = amount ? $"{raw}→{Format(number)}万元" : $"{raw}→{Format(number)}";
        }

        return new CellValue(raw, number, CellKind.Number, line) { Conversion = conversion };
    }

    /// <summary>A signed run of digits (separators allowed) longer than any count or amount: more than 15 digits.</summary>
    private static bool IsLongDigitRun(string key)
    {
        var body = key.AsSpan().TrimStart("+-−");
        var digits = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (',' or '.'))
            {
                return false;
            }
        }

        return digits > MaxDigits;
    }

    private static string Format(decimal number) => number.ToString("0.######", CultureInfo.InvariantCulture);
}
