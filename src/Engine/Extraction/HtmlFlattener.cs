using System.Text.RegularExpressions;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Rewrites markup so that elements cannot nest: a fallback for pages with thousands of unclosed tags, which
/// HtmlAgilityPack handles in quadratic time (and with recursion). Opening tags become self-closing, keeping
/// their attributes (ids, hrefs, hidden flags); closing tags are dropped. Text stays in order.
/// </summary>
internal static partial class HtmlFlattener
{
    /// <summary>Elements that keep their content (link text, raw script text) in the first fallback level.</summary>
    private static readonly HashSet<string> KeptWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "title", "script", "style", "textarea",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "script", "style", "textarea",
    };

    /// <param name="html">The page source.</param>
    /// <param name="keepAnchors">False flattens <c>a</c> too (the last resort, losing link text).</param>
    public static string Flatten(string html, bool keepAnchors) =>
        TagPattern().Replace(html, tag =>
        {
            var name = tag.Groups["name"].Value;
            var kept = keepAnchors ? KeptWithContent.Contains(name) : RawText.Contains(name);
            if (kept)
            {
                return tag.Value;
            }

            if (tag.Groups["close"].Success)
            {
                return string.Empty;
            }

            var attributes = tag.Groups["attrs"].Value.TrimEnd().TrimEnd('/');
            return $"<{name}{attributes} />";
        });

    // NonBacktracking keeps a 10 MB page with stray '<' linear.
    [GeneratedRegex("<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9:-]*)(?<attrs>[^<>]*)>", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
