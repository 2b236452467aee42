using System.Collections.Frozen;
using ComplianceFns.Rules.Typos.Lexicon;

namespace ComplianceFns.Rules.Typos.Context;

/// <summary>
/// What real government prose attests (Data/gov-ngrams.tsv, built by tools/typo-ngrams/make_ngrams.py from the
/// annual reports in samples/annual-reports): which adjacent Han pairs occur in it, and how often each dictionary word
/// of 2–4 characters occurs. A slip typically leaves a pair no real text has (卫身, 借施) and its correction is a word
/// government prose uses (卫生, 措施), not merely a word of general Chinese (烟袋, 细菌). Loaded once; thread-safe.
/// </summary>
internal sealed class GovernmentProse
{
    private static readonly Lazy<GovernmentProse> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<int> _pairs;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<int, DroppedCharacter[]> _droppedByJunction;

    // First characters of the junction pairs: most characters are none, and a bit test is cheaper than a lookup.
    private readonly System.Collections.BitArray _junctionFirst = new(char.MaxValue + 1);

    private GovernmentProse(FrozenSet<int> pairs, Dictionary<string, int> words, Dictionary<string, int> dropTargets)
    {
        _pairs = pairs;
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        // Each interior character of each target, keyed by the pair its loss leaves: 基础设施 without 础 leaves 基设.
        _droppedByJunction = dropTargets
            .SelectMany(t => Enumerable.Range(1, t.Key.Length - 2).Select(k => new DroppedCharacter(t.Key, k, t.Value)))
            .GroupBy(d => d.Word[d.Index - 1] << 16 | d.Word[d.Index + 1])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(d => d.Count).ThenBy(d => d.Word, StringComparer.Ordinal).ToArray());
        foreach (var key in _droppedByJunction.Keys)
        {
            _junctionFirst[key >>> 16] = true;
        }
    }

    public static GovernmentProse Instance => Shared.Value;

    /// <summary>Whether <paramref name="first"/> directly followed by <paramref name="second"/> occurs in the corpus.</summary>
    public bool IsAttested(char first, char second) => _pairs.Contains(first << 16 | second);

    /// <summary>
    /// The common words and set phrases (most frequent first) that lose one interior character and leave
    /// <paramref name="first"/> directly followed by <paramref name="second"/>.
    /// </summary>
    public ReadOnlySpan<DroppedCharacter> DroppedAt(char first, char second) =>
        _junctionFirst[first] && _droppedByJunction.TryGetValue(first << 16 | second, out var list) ? list : [];

    /// <summary>How often the dictionary word <paramref name="word"/> occurs in the corpus (0 when never or not a word).</summary>
    public int WordCount(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var count) ? count : 0;

    internal static GovernmentProse FromColumns(IEnumerable<string[]> rows)
    {
        var pairs = new HashSet<int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropTargets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var columns in rows)
        {
            if (columns is ["B", { Length: 2 } pair, ..])
            {
                pairs.Add(pair[0] << 16 | pair[1]);
            }
            else if (columns is ["W", var word, var count, ..] && int.TryParse(count, out var n) && n > 0)
            {
                words[word] = n;
            }
            else if (columns is ["D", { Length: >= 3 } target, var seen, ..] && int.TryParse(seen, out var m) && m > 0)
            {
                dropTargets[target] = m;
            }
        }
        return new GovernmentProse(pairs.ToFrozenSet(), words, dropTargets);
    }

    private static GovernmentProse Load() => FromColumns(EmbeddedData.ReadColumns("gov-ngrams.tsv"));
}

/// <summary><see cref="Word"/> written without its character at <see cref="Index"/>; the word occurs <see cref="Count"/> times in the corpus.</summary>
internal readonly record struct DroppedCharacter(string Word, int Index, int Count);
