namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// Whitelists applied to a suspect span after detection (names and the government lexicon are handled earlier, by
/// segmentation): terms learnt from the site, and 文号 prefixes such as 苏政办发 in 苏政办发〔2019〕12号.
/// </summary>
internal static class Whitelist
{
    // A 文号 prefix is a few Han characters directly before the bracketed year.
    private const int MaxDocumentNumberPrefix = 8;

    public static bool Covers(string text, int start, int end, TypoContext context) =>
        IsDocumentNumberPrefix(text, end) || OverlapsSiteTerm(text, start, end, context.SiteTerms);

    /// <summary>The span ends inside a Han run that is immediately followed by 〔2019〕, [2019], (2019) or （2019）.</summary>
    internal static bool IsDocumentNumberPrefix(string text, int end)
    {
        var index = end;
        while (index < text.Length && index - end < MaxDocumentNumberPrefix && HanText.IsHan(text[index]))
        {
            index++;
        }
        if (index >= text.Length || text[index] is not ('〔' or '[' or '(' or '（' or '【' or '﹝'))
        {
            return false;
        }
        var digits = 0;
        for (var i = index + 1; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            digits++;
        }
        return digits == 4;
    }

    private static bool OverlapsSiteTerm(string text, int start, int end, IReadOnlySet<string> siteTerms)
    {
        foreach (var term in siteTerms)
        {
            if (string.IsNullOrEmpty(term))
            {
                continue;
            }
            // Only occurrences that could overlap [start, end) are searched.
            var from = Math.Max(0, start - term.Length + 1);
            var to = Math.Min(text.Length, end + term.Length - 1);
            if (to - from >= term.Length && text.AsSpan(from, to - from).Contains(term.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
