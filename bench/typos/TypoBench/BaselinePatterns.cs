using ComplianceFns.Rules.Typos.Lexicon;

namespace TypoBench;

/// <summary>
/// The wrong forms the detector's own data lists (known misspellings and outdated organ names): the patterns a naive
/// checker would search for. The detector does far more, so the baselines are a floor, not a competitor.
/// </summary>
public static class BaselinePatterns
{
    public static IReadOnlyList<string> Load() =>
        EmbeddedData.ReadColumns("misspellings.txt")
            .Concat(EmbeddedData.ReadColumns("outdated-names.txt"))
            .Select(columns => columns[0])
            .Where(pattern => pattern.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
