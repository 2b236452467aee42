using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos;

/// <summary>
/// Findings for typos on pages. Identity is the wrong text in its immediate words, per site — not its offset, not its
/// page — so a typo keeps its finding when text moves, when one more page starts carrying it, or when the shared
/// header or footer carries it everywhere (then one finding per site names how many pages).
/// </summary>
public static partial class TypoFindingFactory
{
    /// <summary>Characters of context on each side, in messages and in the identity.</summary>
    public const int ContextChars = 8;

    /// <param name="pageUrls">Every page carrying this typo in these words (at least one).</param>
    /// <param name="sharedMinPages">From this many pages on, the text is the site's template (header, footer, navigation).</param>
    public static Finding ForPages(
        string siteId, IReadOnlyList<string> pageUrls, TypoHit hit, string before, string after, int sharedMinPages, DateTimeOffset detectedAt)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pageUrls.Count);
        var pages = pageUrls.Order(StringComparer.Ordinal).ToList();
        var where = pages.Count switch
        {
            1 => $"页面 {pages[0]} 中",
            _ when pages.Count < sharedMinPages => $"页面 {string.Join("、", pages)} 中",
            _ => $"共 {pages.Count} 个页面（如 {string.Join("、", pages.Take(3))}{(pages.Count > 3 ? " 等" : string.Empty)}）的公共区域（页头、页脚或导航）中",
        };
        var fix = hit.Suggestion.Length == 0 ? "建议删除" : $"建议改为“{hit.Suggestion}”";
        var evidence = new List<KeyValuePair<string, string>>
        {
            new("context", $"{before}【{hit.Text}】{after}"),
            new("suggestion", hit.Suggestion),
            new("reason", hit.Reason),
            new("start", hit.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("end", hit.End.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (pages.Count > 1)
        {
            evidence.Add(new("pages", $"{pages.Count}: {string.Join(' ', pages.Take(10))}"));
        }

        return new Finding
        {
            RuleId = hit.RuleId,
            Severity = hit.Severity,
            SiteId = siteId,
            PageUrl = pages[0],
            Text = hit.Text,
            Message = $"{where}“…{before}【{hit.Text}】{after}…”的“{hit.Text}”疑为错别字，{fix}（{hit.Reason}）。",
            Evidence = evidence,
            Fingerprint = FindingFingerprint.Compute("typo", siteId, "*", null,
                $"{hit.Text}\n{hit.Suggestion}\n{StableContext(before)}\n{StableContext(after)}"),
            FirstSeen = detectedAt,
            LastSeen = detectedAt,
        };
    }

    /// <summary>
    /// The words on each side of a hit, whitespace-collapsed: what messages show and identity hashes. The cut never
    /// splits a surrogate pair (CJK Extension B characters in names, emoji).
    /// </summary>
    public static (string Before, string After) ContextOf(string text, TypoHit hit)
    {
        var start = Math.Max(0, hit.Start - ContextChars);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        var end = Math.Min(text.Length, hit.End + ContextChars);
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return (Collapse(text[start..hit.Start]), Collapse(text[hit.End..end]));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    // Footers carry dates, visit counters and phone numbers next to the text: digits must not make a new identity daily.
    private static string StableContext(string context) => Digits().Replace(context, "0");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
