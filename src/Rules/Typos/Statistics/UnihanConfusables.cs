using System.Collections.Concurrent;
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

    private readonly ConcurrentDictionary<char, string> _cache = new();

    public string ConfusablesOf(char character) => _cache.GetOrAdd(character, static c =>
        new string(Confusables.SamePinyin(c).Concat(Confusables.SimilarShape(c))
            .Concat(SeedConfusables.Instance.ConfusablesOf(c))
            .Where(x => x != c)
            .Distinct()
            .ToArray()));

    public bool IsCuratedPair(char character, char confusable) =>
        SeedConfusables.Instance.ConfusablesOf(character).Contains(confusable, StringComparison.Ordinal);
}
