using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// Finds counts and percentages in report prose (docs/domain/annual-reports.md §7.11). A count needs a count unit right after
/// it, so dates (2021年1月1日), 文号 (〔2021〕30号), phone numbers and plain years are never counts; ordinals
/// (第一项, 第20条), "每一件", URLs and e-mail addresses are skipped too.
/// </summary>
public static partial class ProseNumbers
{
    /// <summary>Count units, longest first so 人次 wins over 次.</summary>
    public static IReadOnlyList<string> Units { get; } = ["人次", "件", "条", "起", "次", "项", "个", "场", "篇", "份"];

    /// <summary>Counts in <paramref name="text"/>, in order. Percentages are not counts and are not returned.</summary>
    public static IReadOnlyList<ProseNumber> Find(string text)
    {
        var normal = NormaliseDigits(text);
        var masked = MaskLinks(normal);
        var sentences = ProseSentences.Split(text);
        var found = new List<ProseNumber>();

        foreach (Match m in ArabicCount().Matches(masked))
        {
            if (IsPartOfOtherToken(masked, m.Groups["num"].Index) || IsOrdinal(masked, m.Index, arabic: true))
            {
                continue;
            }

            if (ParseBounded(m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal)) is not { } value)
            {
                continue;
            }

            found.Add(Create(text, sentences, m, value, isChinese: false));
        }

        foreach (Match m in ChineseCount().Matches(masked))
        {
            // "一百七十四件" is not "七十四件": a numeral glued to a larger one is a number this reader does not parse.
            if (m.Index > 0 && (char.IsDigit(masked[m.Index - 1]) || ChineseNumerals.Characters.Contains(masked[m.Index - 1], StringComparison.Ordinal)
                || LargerNumerals.Contains(masked[m.Index - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            if (IsOrdinal(masked, m.Index, arabic: false) || ChineseNumerals.Parse(m.Groups["num"].Value) is not { } value || IsTogether(masked, m))
            {
                continue;
            }

            found.Add(Create(text, sentences, m, value, isChinese: true));
        }

        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>Percentages in <paramref name="text"/> ("1.1%", "５０％", "百分之五十"), in order.</summary>
    public static IReadOnlyList<ProsePercentage> FindPercentages(string text)
    {
        var masked = MaskLinks(NormaliseDigits(text));
        var found = new List<ProsePercentage>();
        foreach (Match m in Percentage().Matches(masked))
        {
            if (IsPartOfOtherToken(masked, m.Groups["num"].Index))
            {
                continue;
            }

            var number = m.Groups["num"].Value;
            if (ParseBounded(number) is not { } percent)
            {
                continue;
            }

            var dot = number.IndexOf('.', StringComparison.Ordinal);
            var approximate = m.Groups["pre"].Success || m.Groups["post"].Success;
            found.Add(new ProsePercentage(
                percent,
                dot < 0 ? 0 : number.Length - dot - 1,
                approximate,
                m.Index,
                text.Substring(m.Index, m.Length)));
        }

        foreach (Match m in ChinesePercentage().Matches(masked))
        {
            if (ChineseNumerals.Parse(m.Groups["num"].Value) is { } value)
            {
                found.Add(new ProsePercentage(value, 0, m.Groups["pre"].Success || m.Groups["post"].Success, m.Index, text.Substring(m.Index, m.Length)));
            }
        }

        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>Index of the first number at or after <paramref name="offset"/> (numbers are in text order).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<ProseNumber> numbers, int offset)
    {
        var (low, high) = (0, numbers.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = numbers[middle].Offset < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The last of <paramref name="numbers"/> (in text order) ending at or before <paramref name="offset"/>.</summary>
    public static ProseNumber? LastEndingBy(IReadOnlyList<ProseNumber> numbers, int offset)
    {
        var i = FirstAtOrAfter(numbers, offset) - 1;
        while (i >= 0 && numbers[i].End > offset)
        {
            i--;
        }

        return i >= 0 ? numbers[i] : null;
    }

    /// <summary>Longest digit run read as a number; a longer one is a code or garbage, never a count.</summary>
    public const int MaxDigits = 15;

    private const string LargerNumerals = "百佰千仟万萬亿億";

    /// <summary>The value of an ASCII digit run ("174", "66.5"), or null when it is too long or not a number.</summary>
    private static decimal? ParseBounded(string digits) =>
        digits.Length <= MaxDigits + 1
        && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Full-width digits, comma, period and percent sign to ASCII, one character for one (offsets keep).</summary>
    public static string NormaliseDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '％' => '%',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static ProseNumber Create(string text, IReadOnlyList<ProseSentence> sentences, Match m, decimal value, bool isChinese)
    {
        var sentence = ProseSentences.Near(ProseSentences.At(sentences, m.Index) ?? new ProseSentence(text, 0), m.Index);
        var approximate = m.Groups["pre"].Success || m.Groups["post"].Success || m.Groups["tail"].Success;
        return new ProseNumber(value, m.Groups["unit"].Value, approximate, m.Index, text.Substring(m.Index, m.Length), sentence.Text, sentence.Offset)
        {
            IsChineseNumeral = isChinese,
        };
    }

    /// <summary>A digit run glued to letters, '/', '-', '.', '@' or '_' belongs to a code, phone, version or address.</summary>
    private static bool IsPartOfOtherToken(string text, int numberStart)
    {
        if (numberStart == 0)
        {
            return false;
        }

        var before = text[numberStart - 1];
        if (before == ',' && numberStart > 1 && char.IsDigit(text[numberStart - 2]))
        {
            return true;
        }

        return char.IsAsciiLetter(before) || char.IsDigit(before) || before is '/' or '-' or '.' or '@' or '_' or ':' or '#' or '+' or '〔' or '[';
    }

    /// <summary>"一起" is mostly "together"; it counts cases only before a case word ("一起行政复议案件").</summary>
    private static bool IsTogether(string text, Match m)
    {
        if (m.Groups["num"].Value != "一" || m.Groups["unit"].Value != "起" || m.Groups["post"].Success)
        {
            return false;
        }

        var next = m.Index + m.Length;
        return next >= text.Length || !"案事行复诉申投的".Contains(text[next], StringComparison.Ordinal);
    }

    private static bool IsOrdinal(string text, int index, bool arabic)
    {
        // "第一项", "第20条", "每一件", "逐一", "单一", "统一": position words, not counts. Only 第 and 每 make a digit one:
        // "权责清单1条" counts a list item.
        if (index == 0)
        {
            return false;
        }

        return text[index - 1] is '第' or '每' || (!arabic && text[index - 1] is '逐' or '单' or '唯' or '同' or '统' or '之');
    }

    /// <summary>URLs and e-mail addresses are blanked (same length) so their digits are never read.</summary>
    private static string MaskLinks(string text) => Link().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"(?:https?://|www\.)[A-Za-z0-9./?=&_%:#~+-]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<pre>约|近|大约)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?)\s?(?<post>余|多)?\s?(?<unit>人次|件(?!事)|条(?!龙)|起|次(?!性|办)|项|个(?!月|工作日|小时|百分点)|场|篇|份)(?<tail>以上|左右)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicCount();

    [GeneratedRegex(@"(?<pre>约|近|大约)?(?<num>[零〇一二两三四五六七八九十]{1,3})(?<post>余|多)?(?<unit>人次|件(?!事)|条(?!龙)|起|次(?!性|办)|项|个(?!月|工作日|小时|百分点)|场|篇|份)(?<tail>以上|左右)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseCount();

    [GeneratedRegex(@"(?<pre>约|近|大约)?(?<num>[0-9]+(?:\.[0-9]+)?)\s?%(?<post>以上|左右)?", RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<pre>约|近)?百分之(?<num>[零〇一二两三四五六七八九十]{1,3})(?<post>以上|左右)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePercentage();
}
