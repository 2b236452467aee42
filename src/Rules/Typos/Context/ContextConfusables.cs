using System.Collections.Frozen;
using ComplianceFns.Rules.Typos.Confusion;
using ComplianceFns.Rules.Typos.Lexicon;

namespace ComplianceFns.Rules.Typos.Context;

/// <summary>
/// The wide confusion set of the context layer: characters of the same toneless pinyin once flat and retroflex
/// initials (z/zh, c/ch, s/sh), n/l and front and back nasals are folded (the slips of speakers and of fuzzy-pinyin
/// input), characters of similar rendered shape (Data/shape-neighbours.tsv, tools/typo-shapes/make_shapes.py), the
/// curated shape list and the statistical seed. Far too wide to report on its own: the layer accepts a candidate only
/// when the context prefers it strongly. Loaded once; thread-safe.
/// </summary>
internal static class ContextConfusables
{
    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Filled per character on first use (most characters never need it); a race only computes the same string twice.
    private static readonly string?[] Cache = new string?[char.MaxValue + 1];

    /// <summary>The confusables of <paramref name="c"/> (never <paramref name="c"/> itself), or an empty string.</summary>
    public static string Of(char c) => Cache[c] ??= Build(c);

    /// <summary>Toneless pinyin with zh/ch/sh → z/c/s, n → l and a final -ng (not -ong) → -n.</summary>
    internal static string Fold(string pinyin)
    {
        var folded = pinyin;
        if (folded.Length > 2 && folded[1] == 'h' && folded[0] is 'z' or 'c' or 's')
        {
            folded = folded[0] + folded[2..];
        }
        if (folded.StartsWith('n') && folded.Length > 1)
        {
            folded = "l" + folded[1..];
        }
        if (folded.EndsWith("ng", StringComparison.Ordinal) && !folded.EndsWith("ong", StringComparison.Ordinal))
        {
            folded = folded[..^1];
        }
        return folded;
    }

    private static string Build(char c)
    {
        var data = Data.Value;
        var set = new SortedSet<char>();
        if (data.FoldedPinyin.TryGetValue(c, out var key) && data.ByFolded.TryGetValue(key, out var group))
        {
            set.UnionWith(group);
        }
        if (data.Shapes.TryGetValue(c, out var shapes))
        {
            set.UnionWith(shapes);
        }
        set.UnionWith(Confusables.SimilarShape(c));
        set.UnionWith(Statistics.SeedConfusables.Instance.ConfusablesOf(c));
        set.Remove(c);
        return string.Concat(set);
    }

    private static Tables Load()
    {
        var folded = new Dictionary<char, string>();
        var byFolded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var columns in EmbeddedData.ReadColumns("pinyin.tsv"))
        {
            if (columns.Length >= 3 && columns[0].Length == 1 && columns[2] is "1" or "2")
            {
                var key = Fold(columns[1]);
                folded[columns[0][0]] = key;
                byFolded[key] = byFolded.GetValueOrDefault(key, "") + columns[0];
            }
        }

        var shapes = new Dictionary<char, string>();
        void Link(char a, char b) => shapes[a] = shapes.GetValueOrDefault(a, "") + b;
        foreach (var columns in EmbeddedData.ReadColumns("shape-neighbours.tsv"))
        {
            if (columns.Length >= 2 && columns[0].Length == 1)
            {
                foreach (var neighbour in columns[1])
                {
                    Link(columns[0][0], neighbour);
                    Link(neighbour, columns[0][0]);
                }
            }
        }
        return new Tables(folded.ToFrozenDictionary(), byFolded.ToFrozenDictionary(StringComparer.Ordinal), shapes.ToFrozenDictionary());
    }

    private sealed record Tables(
        FrozenDictionary<char, string> FoldedPinyin,
        FrozenDictionary<string, string> ByFolded,
        FrozenDictionary<char, string> Shapes);
}
