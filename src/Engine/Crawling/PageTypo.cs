using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Crawling;

/// <summary>A typo found in a page's visible text, with the words around it (the page text itself is not kept).</summary>
public sealed record PageTypo(TypoHit Hit, string Before, string After)
{
    /// <summary>Same typo in the same words: how a shared header or footer is recognised across pages.</summary>
    public (string, string, string, string, string) SharedKey => (Hit.RuleId, Hit.Text, Hit.Suggestion, Before, After);
}
