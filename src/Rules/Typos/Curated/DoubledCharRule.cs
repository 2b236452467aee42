using System.Collections.Frozen;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Lexicon;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// A function character typed twice (的的, 在在, 和和 …). Content characters are left alone: 黄河河道, 牛镇镇,
/// 法律法规规定 double a character legitimately, and only a dictionary can tell those apart (the statistics layer).
/// Real reduplications (的的确确, 不了了之, 实实在在, 参与与 …) come from reduplications.txt.
/// </summary>
public sealed class DoubledCharRule : ITypoLayer
{
    private const string FunctionChars = "的了在是和与及并为对将被而或但也又已";
    private static readonly Lazy<FrozenDictionary<char, (string Word, int Offset)[]>> Whitelist = new(LoadWhitelist);

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c != text[i + 1] || !FunctionChars.Contains(c) || IsWhitelisted(text, i))
            {
                continue;
            }

            hits.Add(new TypoHit(i, i + 2, text.Substring(i, 2), c.ToString(), "typo.doubled-char", Severity.General, $"“{c}”字重复"));
        }
    }

    private static bool IsWhitelisted(string text, int pairStart)
    {
        if (!Whitelist.Value.TryGetValue(text[pairStart], out var words))
        {
            return false;
        }

        foreach (var (word, offset) in words)
        {
            var start = pairStart - offset;
            if (start >= 0 && start + word.Length <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<char, (string Word, int Offset)[]> LoadWhitelist()
    {
        var entries = new Dictionary<char, List<(string, int)>>();
        foreach (var word in EmbeddedData.ReadLines("reduplications.txt"))
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                if (word[i] == word[i + 1])
                {
                    if (!entries.TryGetValue(word[i], out var list))
                    {
                        entries[word[i]] = list = new();
                    }

                    list.Add((word, i));
                }
            }
        }

        return entries.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
