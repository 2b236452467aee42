using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos;

/// <summary>
/// Findings for typos on pages. Identity is the wrong text in its immediate context, not its offset, so a typo keeps
/// its finding when text is added above it; a typo in the shared header or footer is one finding per site.
/// </summary>
public static class TypoFindingFactory
{
    /// <summary>Characters of context on each side, in messages and in the identity.</summary>
    public const int ContextChars = 8;

    public static Finding ForPage(string siteId, string pageUrl, TypoHit hit, string before, string after, DateTimeOffset detectedAt) =>
        Build(siteId, pageUrl, pageUrl, hit, before, after, detectedAt, $"页面 {pageUrl} 中", []);

    /// <summary>The same typo in the same words on many pages: the site's template. One finding naming how many.</summary>
    public static Finding ForSharedText(string siteId, IReadOnlyList<string> pageUrls, TypoHit hit, string before, string after, DateTimeOffset detectedAt)
    {
        var sample = string.Join("、", pageUrls.Take(3));
        var where = $"共 {pageUrls.Count} 个页面（如 {sample}）的公共区域（页头、页脚或导航）中";
        return Build(siteId, pageUrls[0], "*", hit, before, after, detectedAt, where,
            [new("pages", $"{pageUrls.Count}: {string.Join(' ', pageUrls.Take(10))}")]);
    }

    /// <summary>The words on each side of a hit, whitespace-collapsed: what messages show and identity hashes.</summary>
    public static (string Before, string After) ContextOf(string text, TypoHit hit)
    {
        var before = text[Math.Max(0, hit.Start - ContextChars)..hit.Start];
        var after = text[hit.End..Math.Min(text.Length, hit.End + ContextChars)];
        return (Collapse(before), Collapse(after));
    }

    private static Finding Build(
        string siteId, string pageUrl, string identityPage, TypoHit hit, string before, string after, DateTimeOffset detectedAt,
        string where, IReadOnlyList<KeyValuePair<string, string>> extraEvidence)
    {
        var fix = hit.Suggestion.Length == 0 ? "建议删除" : $"建议改为“{hit.Suggestion}”";
        var evidence = new List<KeyValuePair<string, string>>
        {
            new("context", $"{before}【{hit.Text}】{after}"),
            new("suggestion", hit.Suggestion),
            new("reason", hit.Reason),
            new("start", hit.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("end", hit.End.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        evidence.AddRange(extraEvidence);
        return new Finding
        {
            RuleId = hit.RuleId,
            Severity = hit.Severity,
            SiteId = siteId,
            PageUrl = pageUrl,
            Text = hit.Text,
            Message = $"{where}“…{before}【{hit.Text}】{after}…”的“{hit.Text}”疑为错别字，{fix}（{hit.Reason}）。",
            Evidence = evidence,
            Fingerprint = FindingFingerprint.Compute("typo", siteId, identityPage, null, $"{hit.Text}\n{hit.Suggestion}\n{before}\n{after}"),
            FirstSeen = detectedAt,
            LastSeen = detectedAt,
        };
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
