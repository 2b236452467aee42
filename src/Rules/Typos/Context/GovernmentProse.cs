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

    private GovernmentProse(FrozenSet<int> pairs, Dictionary<string, int> words)
    {
        _pairs = pairs;
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static GovernmentProse Instance => Shared.Value;

    /// <summary>Whether <paramref name="first"/> directly followed by <paramref name="second"/> occurs in the corpus.</summary>
    public bool IsAttested(char first, char second) => _pairs.Contains(first << 16 | second);

    /// <summary>How often the dictionary word <paramref name="word"/> occurs in the corpus (0 when never or not a word).</summary>
    public int WordCount(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var count) ? count : 0;

    internal static GovernmentProse FromColumns(IEnumerable<string[]> rows)
    {
        var pairs = new HashSet<int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
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
        }
        return new GovernmentProse(pairs.ToFrozenSet(), words);
    }

    private static GovernmentProse Load() => FromColumns(EmbeddedData.ReadColumns("gov-ngrams.tsv"));
}
