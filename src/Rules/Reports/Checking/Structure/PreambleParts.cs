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
            var listed = SectionNames.Named(sentence);
            var isList = listed.Count >= MinimumListed && ListVerb().IsMatch(sentence);
            if (count.Success || isList)
            {
                return new PreambleParts(
                    count.Success ? count.Value : null,
                    count.Success ? Number(count.Groups[1].Value) : null,
                    isList ? listed : []);
            }
        }

        return null;
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
}
