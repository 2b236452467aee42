using System.Collections.Frozen;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Lexicon;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// A character typed twice: a function character (的的, 在在, 和和 …) always; a content character (推推进, 政府府)
/// only where the word dictionary shows it is no pair of words meeting (黄河河道, 法律法规规定) and no reduplication.
/// Real reduplications (的的确确, 不了了之, 实实在在, 参与与 …) come from reduplications.txt.
/// </summary>
public sealed class DoubledCharRule : ITypoLayer
{
    private const string FunctionChars = "的了在是和与及并为对将被而或但也又已";
    private static readonly Lazy<FrozenDictionary<char, (string Word, int Offset)[]>> Whitelist = new(LoadWhitelist);

    /// <summary>
    /// Characters that end a name and often start the next word ("某镇镇长", "某村村委", "某局局长"): a doubled one is a
    /// name followed by its word, not a slip.
    /// </summary>
    private const string NameEndings = "镇乡村县区市省局委办街路河山湖港站所院队组会社场厂库园家室科股处庄屯寨湾岛桥门口里坊营堡沟坪台城州江厅部署司";

    /// <summary>Nouns and measures whose reduplication means "every" (年年, 村村, 层层, 件件): never a slip.</summary>
    private const int MinPairFrequency = 50;

    private const string EveryReduplication = "年月天日时处事人家户个村镇层步句条件项样次回代级片点线面字";

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c != text[i + 1] || IsWhitelisted(text, i))
            {
                continue;
            }

            if (FunctionChars.Contains(c) || (HanText.IsHan(c) && IsContentSlip(text, i)))
            {
                hits.Add(new TypoHit(i, i + 2, text.Substring(i, 2), c.ToString(), "typo.doubled-char", Severity.General, $"“{c}”字重复"));
            }
        }
    }

    /// <summary>
    /// A content character typed twice ("推推进", "政府府") rather than two words meeting (黄河|河道, 法律法规|规定):
    /// the pair is no word, no reduplication pattern (AABB, ABAB), no longer word covers it, and no word ends on the
    /// first character while another starts on the second.
    /// </summary>
    private static bool IsContentSlip(string text, int i)
    {
        var c = text[i];
        if (NameEndings.Contains(c) || EveryReduplication.Contains(c)
            || (i + 3 < text.Length && text[i + 2] == text[i + 3] && text[i + 2] != c)
            || (i >= 2 && text[i - 2] == text[i - 1] && text[i - 1] != c)
            || (i >= 2 && i + 2 < text.Length && text[i - 2] == c && text[i + 2] == text[i - 1])
            || (i + 3 < text.Length && text[i + 2] == c && text[i + 3] == c))
        {
            return false;
        }

        var dictionary = WordFrequencyDictionary.Instance;
        // A real reduplicated word (常常 5147, 步步 236 in the dictionary); rare entries (推推 3, 进进 7) are noise.
        if (dictionary.FrequencyOf(text.AsSpan(i, 2)) >= MinPairFrequency)
        {
            return false;
        }

        // A longer word covering both characters ("谢谢你", "井井有条").
        for (var start = Math.Max(0, i - 3); start <= i; start++)
        {
            for (var length = Math.Max(3, i + 2 - start); length <= 6 && start + length <= text.Length; length++)
            {
                if (dictionary.FrequencyOf(text.AsSpan(start, length)) > 0)
                {
                    return false;
                }
            }
        }

        return !(EndsWord(dictionary, text, i) && StartsWord(dictionary, text, i + 1));
    }

    private static bool EndsWord(WordFrequencyDictionary dictionary, string text, int last)
    {
        for (var length = 2; length <= 5 && last - length + 1 >= 0; length++)
        {
            if (dictionary.FrequencyOf(text.AsSpan(last - length + 1, length)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWord(WordFrequencyDictionary dictionary, string text, int first)
    {
        for (var length = 2; length <= 5 && first + length <= text.Length; length++)
        {
            if (dictionary.FrequencyOf(text.AsSpan(first, length)) > 0)
            {
                return true;
            }
        }

        return false;
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
