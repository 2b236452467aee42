namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// L1 of docs/domain/typos.md §4: the curated dictionary (formulations, country and organ names with near-misses, the organ's own
/// name, known misspellings) plus the context, 的/地/得, doubled-character, bracket, 文号 and punctuation rules.
/// Stateless and thread-safe; the dictionary loads once.
/// </summary>
public sealed class CuratedLayer : ITypoLayer
{
    private readonly ITypoLayer[] _rules =
    [
        new DictionaryRule(),
        new ContextWordRule(),
        new DeDiDeRule(),
        new DoubledCharRule(),
        new DoubledPunctuationRule(),
        new BracketBalanceRule(),
        new DocNumberFormatRule(),
        new HalfWidthPunctuationRule(),
    ];

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        context ??= TypoContext.None;
        foreach (var rule in _rules)
        {
            rule.Detect(text, context, hits);
        }
    }
}
