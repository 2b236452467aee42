using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// A punctuation mark typed twice (，， 。。 、、 ；； ：： and their half-width forms between Chinese text). The
/// ellipsis (……) and dash (——) are doubled by design and never match.
/// </summary>
public sealed class DoubledPunctuationRule : ITypoLayer
{
    public const string RuleId = "typo.doubled-punctuation";

    private const string Marks = "，。、；：！？,;:";

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c != text[i + 1] || !Marks.Contains(c))
            {
                continue;
            }

            // Half-width marks count only inside Chinese prose ("，"-less copies), not in numbers or code (1,,2).
            if (c is ',' or ';' or ':' && !(i > 0 && IsHan(text[i - 1])))
            {
                continue;
            }

            var end = i + 2;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            hits.Add(new TypoHit(i, end, text[i..end], c.ToString(), RuleId, Severity.Hint, $"标点“{c}”重复"));
            i = end - 1;
        }
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
