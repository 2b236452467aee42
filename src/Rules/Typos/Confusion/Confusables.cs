using System.Collections.Frozen;
using ComplianceFns.Rules.Typos.Lexicon;

namespace ComplianceFns.Rules.Typos.Confusion;

/// <summary>
/// Characters a writer (or an input method) confuses with a given one: same toneless pinyin (Unihan kMandarin,
/// common characters only) and a curated similar-shape list. Pure; the tables load once and are shared.
/// </summary>
public static class Confusables
{
    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The toneless pinyin of a common character (ü written v), or null.</summary>
    public static string? Pinyin(char c) => Data.Value.Pinyin.TryGetValue(c, out var entry) ? entry.Pinyin : null;

    /// <summary>Characters of level 1–2 of the 通用规范汉字表 that share <paramref name="c"/>'s toneless pinyin.</summary>
    public static IReadOnlyList<char> SamePinyin(char c) =>
        Data.Value.Pinyin.TryGetValue(c, out var entry) && Data.Value.ByPinyin.TryGetValue(entry.Pinyin, out var group)
            ? group.Where(other => other != c).ToArray()
            : [];

    /// <summary>Characters of similar shape from the curated list.</summary>
    public static IReadOnlyList<char> SimilarShape(char c) =>
        Data.Value.Shape.TryGetValue(c, out var group) ? group.Where(other => other != c).ToArray() : [];

    /// <summary>
    /// Common characters whose pinyin differs only by a front or back nasal (xin/xing, zhen/zheng, an/ang): a frequent
    /// slip of speakers and of fuzzy-pinyin input methods (乡村振新).
    /// </summary>
    public static IReadOnlyList<char> NearPinyin(char c) =>
        Data.Value.Pinyin.TryGetValue(c, out var entry) && Data.Value.ByNasalFolded.TryGetValue(FoldNasal(entry.Pinyin), out var group)
            ? group.Where(other => other != c && Data.Value.Pinyin[other].Pinyin != entry.Pinyin).ToArray()
            : [];

    /// <summary>Same-pinyin, near-pinyin and similar-shape characters, without duplicates.</summary>
    public static IReadOnlyList<char> For(char c) =>
        // Built once per character: the serious-family guard asks for the same few characters on every page. A race
        // builds the same array twice, which is harmless.
        ForCache[c] ??= SamePinyin(c).Concat(NearPinyin(c)).Concat(SimilarShape(c)).Distinct().ToArray();

    private static readonly char[]?[] ForCache = new char[]?[char.MaxValue + 1];

    private static string FoldNasal(string pinyin) =>
        pinyin.EndsWith("ng", StringComparison.Ordinal) && !pinyin.EndsWith("ong", StringComparison.Ordinal) ? pinyin[..^1] : pinyin;

    private static Tables Load()
    {
        var pinyin = new Dictionary<char, (string Pinyin, int Level)>();
        foreach (var columns in EmbeddedData.ReadColumns("pinyin.tsv"))
        {
            if (columns.Length >= 3 && columns[0].Length == 1 && int.TryParse(columns[2], out var level))
            {
                pinyin[columns[0][0]] = (columns[1], level);
            }
        }

        // Rare characters (level 3) are left out of the groups: they are seldom typed and make noisy variants.
        var byPinyin = pinyin.Where(p => p.Value.Level <= 2)
            .GroupBy(p => p.Value.Pinyin, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Key).ToArray(), StringComparer.Ordinal);

        var byNasalFolded = pinyin.Where(p => p.Value.Level <= 2)
            .GroupBy(p => FoldNasal(p.Value.Pinyin), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Key).ToArray(), StringComparer.Ordinal);

        var shape = new Dictionary<char, HashSet<char>>();
        foreach (var line in EmbeddedData.ReadLines("shape-confusables.txt"))
        {
            var group = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => s.Length == 1).Select(s => s[0]).ToArray();
            foreach (var c in group)
            {
                if (!shape.TryGetValue(c, out var set))
                {
                    shape[c] = set = new HashSet<char>();
                }

                set.UnionWith(group);
            }
        }

        return new Tables(
            pinyin.ToFrozenDictionary(),
            byPinyin,
            byNasalFolded,
            shape.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    private sealed record Tables(
        FrozenDictionary<char, (string Pinyin, int Level)> Pinyin,
        FrozenDictionary<string, char[]> ByPinyin,
        FrozenDictionary<string, char[]> ByNasalFolded,
        FrozenDictionary<char, char[]> Shape);
}
