namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// Characters easily typed or read in place of another (same or near pinyin, similar shape). The Unihan-based
/// <c>Confusables</c> table is built separately; this seam lets the statistical layer run before and after it lands.
/// </summary>
internal interface IConfusableSource
{
    /// <summary>The characters confusable with <paramref name="character"/>, excluding itself; empty when none.</summary>
    string ConfusablesOf(char character);

    /// <summary>
    /// True for a pair someone curated (seen in real government typos); false for one derived mechanically from a
    /// reading or shape table, which must clear a higher bar.
    /// </summary>
    bool IsCuratedPair(char character, char confusable) => true;
}
