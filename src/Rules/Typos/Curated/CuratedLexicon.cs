using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Lexicon;
using ComplianceFns.Rules.Typos.Matching;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// The curated dictionary in one automaton: canonical entries, their near-misses, known misspellings and the real
/// phrases that protect look-alikes. Built once (static lazy) and shared.
/// </summary>
public static class CuratedLexicon
{
    private static readonly Lazy<AhoCorasick<CuratedPattern>> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared automaton.</summary>
    public static AhoCorasick<CuratedPattern> Automaton => Shared.Value;

    /// <summary>An automaton for one organ's own name (<see cref="TypoContext.OrganName"/>) and its near-misses.</summary>
    public static AhoCorasick<CuratedPattern> BuildOwnOrgan(string organName)
    {
        var builder = new Builder();
        builder.AddCanonicalWithVariants(organName, "typo.own-organ-name", $"本机关名称写错，应为“{organName}”");
        return builder.Build();
    }

    private static AhoCorasick<CuratedPattern> Build()
    {
        var builder = new Builder();
        foreach (var phrase in EmbeddedData.ReadLines("real-phrases.txt"))
        {
            builder.Protect(phrase, CuratedPatternKind.RealPhrase);
        }

        var misspellings = EmbeddedData.ReadColumns("misspellings.txt").Where(c => c.Length >= 2).ToList();
        var canonical = new List<(string Entry, string RuleId, string Reason)>();
        var terms = new List<string>();
        foreach (var columns in EmbeddedData.ReadColumns("state-organs.txt"))
        {
            var country = columns.Length > 1 && columns[1] == "country";
            canonical.Add(country
                ? (columns[0], "typo.country-name", $"国名写错，应为“{columns[0]}”")
                : (columns[0], "typo.organ-name", $"国家机关名称写错，应为“{columns[0]}”"));
        }

        foreach (var columns in EmbeddedData.ReadColumns("leaders.txt"))
        {
            canonical.Add((columns[0], "typo.leader-name", $"领导人姓名或职务写错，应为“{columns[0]}”"));
        }

        foreach (var entry in EmbeddedData.ReadLines("formulations.txt"))
        {
            canonical.Add((entry, "typo.political-formulation", $"固定提法写错，应为“{entry}”"));
        }

        // Administrative terms (政务公开, 依法行政 …) get the same near-miss net, but a slip in one is an ordinary typo,
        // not a serious wording error: the inspection reserves 严重 for names, leaders and political formulations.
        foreach (var entry in EmbeddedData.ReadLines("terms.txt"))
        {
            terms.Add(entry);
        }

        // Every canonical text is protected before any variant is added, so no variant can shadow a real entry.
        foreach (var entry in canonical.Select(c => c.Entry).Concat(terms))
        {
            builder.Protect(entry, CuratedPatternKind.Canonical);
        }

        foreach (var columns in misspellings)
        {
            var serious = columns.Length > 2 && columns[2] == "organ";
            builder.AddWrong(columns[0], new CuratedPattern(
                CuratedPatternKind.Wrong,
                columns[1],
                serious ? "typo.organ-name" : "typo.misspelling",
                serious ? Severity.Serious : Severity.General,
                serious ? $"国家机关名称写错：“{columns[0]}”应为“{columns[1]}”" : $"常见错别字：“{columns[0]}”应为“{columns[1]}”"));
        }

        foreach (var (entry, ruleId, reason) in canonical)
        {
            builder.AddVariants(entry, ruleId, Severity.Serious, reason);
        }

        foreach (var entry in terms)
        {
            builder.AddVariants(entry, "typo.misspelling", Severity.General, $"规范用语写错，应为“{entry}”");
        }

        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, CuratedPattern> _patterns = new(StringComparer.Ordinal);

        public void Protect(string text, CuratedPatternKind kind) =>
            _patterns.TryAdd(text, new CuratedPattern(kind, text, string.Empty, Severity.Hint, string.Empty));

        public void AddWrong(string text, CuratedPattern pattern) => _patterns.TryAdd(text, pattern);

        public void AddCanonicalWithVariants(string entry, string ruleId, string reason)
        {
            Protect(entry, CuratedPatternKind.Canonical);
            AddVariants(entry, ruleId, Severity.Serious, reason);
        }

        public void AddVariants(string entry, string ruleId, Severity severity, string reason)
        {
            foreach (var variant in NearMissGenerator.Generate(entry))
            {
                // First come wins: a variant that is a canonical entry, a real phrase or a listed misspelling keeps that meaning.
                _patterns.TryAdd(variant, new CuratedPattern(CuratedPatternKind.Wrong, entry, ruleId, severity, reason));
            }
        }

        public AhoCorasick<CuratedPattern> Build() => new(_patterns);
    }
}
