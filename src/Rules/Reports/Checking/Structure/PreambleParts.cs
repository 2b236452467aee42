using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// What a preamble announces about the report's parts: a count ("由…等六部分组成", "等6个部分") and/or a list
/// ("全文包括总体情况、……以及其他需要报告的事项"), read from the one sentence that carries them.
/// </summary>
internal sealed partial record PreambleParts(string? CountPhrase, int? Count, IReadOnlyList<int> Listed)
{
    /// <summary>A list needs at least this many parts named in one sentence, so a passing mention is not a list.</summary>
    private const int MinimumListed = 3;

    public bool HasList => Listed.Count >= MinimumListed;

    public static PreambleParts? Read(string preamble)
    {
        foreach (var sentence in preamble.Split('。', '\n'))
        {
            var count = CountPattern().Match(sentence);
            if (!count.Success && LooseCountPattern().Match(sentence) is { Success: true } loose
                && (ListVerb().IsMatch(sentence[..loose.Index]) || ListStart().IsMatch(sentence[..loose.Index])))
            {
                // "本报告包括概述,…改进情况六个方面内容", "本报告由总体情况、…其他需要报告的事项7个部分组成": the count
                // after a list, with the list's verb before it.
                count = loose;
            }

            var listed = SectionNames.Named(sentence);
            var isList = listed.Count >= MinimumListed && ListVerb().IsMatch(sentence);
            if (count.Success || isList)
            {
                return new PreambleParts(
                    count.Success ? count.Value : null,
                    count.Success ? Number(count.Groups[1].Value) : null,
                    isList ? listed : [])
                {
                    Items = count.Success ? ItemCount(sentence, count.Index) : null,
                };
            }
        }

        return null;
    }

    /// <summary>
    /// How many parts the list before the count names, by its separators: "，" when it has any (then "、" joins words
    /// inside a part: "复议、诉讼情况"), else "、". A part worded unusually ("乡镇信息公开的建议和下一步工作思考") counts
    /// here though no anchor word recognises it.
    /// </summary>
    public int? Items { get; init; }

    private static int? ItemCount(string sentence, int countAt)
    {
        var verb = ListStart().Matches(sentence[..countAt]);
        if (verb.Count == 0)
        {
            return null;
        }

        var list = sentence[(verb[0].Index + verb[0].Length)..countAt];
        list = TrailingWords().Replace(list, string.Empty);
        // The format's own part "行政复议、行政诉讼情况" is one part though its name holds a "、".
        list = ReviewAndLitigation().Replace(list, "行政复议和行政诉讼");
        var separators = list.IndexOfAny(['，', ',']) >= 0 ? new[] { '，', ',' } : ['、'];
        var items = list.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length >= 2 ? items.Length : null;
    }

    private static int? Number(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (text.Length == 1 && text[0] is >= '０' and <= '９')
        {
            return text[0] - '０';
        }

        var index = "一二三四五六七八九十".IndexOf(text, StringComparison.Ordinal);
        return text.Length == 1 && index >= 0 ? index + 1 : null;
    }

    [GeneratedRegex("(?:由|等|共|分为|包括)[^，,。]{0,4}?([0-9０-９]|[一二三四五六七八九十])\\s*个?\\s*部分(?:组成)?")]
    private static partial Regex CountPattern();

    [GeneratedRegex("包括|组成|分为|内容")]
    private static partial Regex ListVerb();

    [GeneratedRegex("([0-9０-９]|[一二三四五六七八九十])\\s*个?\\s*(?:部分|方面)(?:内容)?(?:组成)?")]
    private static partial Regex LooseCountPattern();

    [GeneratedRegex("行政复议[、，,]\\s*行政诉讼")]
    private static partial Regex ReviewAndLitigation();

    [GeneratedRegex("由|包括|分为")]
    private static partial Regex ListStart();

    [GeneratedRegex("(等|共|计)$")]
    private static partial Regex TrailingWords();
}
