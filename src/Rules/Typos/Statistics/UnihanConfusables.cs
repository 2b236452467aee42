using ComplianceFns.Rules.Typos.Confusion;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// The statistical layer's confusables: same-pinyin and similar-shape characters from the Unihan-derived table,
/// plus the curated seed pairs. Near-pinyin (front/back nasal) is left out here: it multiplies candidates, and the
/// curated layer already covers the nasal confusions that matter.
/// </summary>
internal sealed class UnihanConfusables : IConfusableSource
{
    public static UnihanConfusables Instance { get; } = new();

    // Indexed by character: the layer asks for every single-character token, so a dictionary lookup per call showed up
    // in profiles. Filled on first use; a race only computes the same string twice.
    private readonly string?[] _cache = new string?[char.MaxValue + 1];

    public string ConfusablesOf(char character) => _cache[character] ??= Build(character);

    private static string Build(char c) =>
        new(Confusables.SamePinyin(c).Concat(Confusables.SimilarShape(c))
            .Concat(SeedConfusables.Instance.ConfusablesOf(c))
            .Where(x => x != c)
            .Distinct()
            .ToArray());

    public bool IsCuratedPair(char character, char confusable) =>
        SeedConfusables.Instance.ConfusablesOf(character).Contains(confusable, StringComparison.Ordinal);
}
