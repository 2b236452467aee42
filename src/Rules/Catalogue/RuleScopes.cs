namespace ComplianceFns.Rules.Catalogue;

/// <summary>
/// The rule-id prefixes that group rules by the check that decides them. A run that performed a check may resolve
/// the open findings of its scope; one that did not leaves them as they are.
/// </summary>
public static class RuleScopes
{
    /// <summary>Link inspection: broken, wrong and unreadable links and pages (<c>link.http-404</c> …).</summary>
    public const string Links = "link.";

    /// <summary>Typo detection on crawled pages (<c>typo.misspelling</c> …).</summary>
    public const string Typos = "typo.";

    /// <summary>Annual-report publication duties: exists, on time, in its column (<c>P-EXISTS</c> …).</summary>
    public const string Publication = "P-";

    public static bool IsIn(string ruleId, string scope) => ruleId.StartsWith(scope, StringComparison.Ordinal);
}
