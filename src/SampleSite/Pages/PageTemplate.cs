using System.Net;
using System.Text.RegularExpressions;

namespace ComplianceFns.SampleSite.Pages;

/// <summary>
/// Expands the markers in the site's HTML: <c>&lt;!--#include header--&gt;</c> / <c>footer</c> (shared on every page),
/// <c>{{defect:KEY}}</c> (a planted link, broken or repaired), <c>{{origin-authority}}</c> (127.0.0.1:PORT) and
/// <c>{{annual-report:YEAR}}</c> (a column list item of a report published only on request, else nothing).
/// </summary>
internal static partial class PageTemplate
{
    private static readonly Lazy<string> Header = new(() => EmbeddedContent.ReadText("/_partials/header.html"));
    private static readonly Lazy<string> Footer = new(() => EmbeddedContent.ReadText("/_partials/footer.html"));

    public static string Expand(string html, Func<string, string> defectHref, string originAuthority, Func<string, string>? annualReportItem = null)
    {
        var withIncludes = html
            .Replace("<!--#include header-->", Header.Value, StringComparison.Ordinal)
            .Replace("<!--#include footer-->", Footer.Value, StringComparison.Ordinal);
        return Marker().Replace(withIncludes, match => match.Groups["name"].Value switch
        {
            "defect" => WebUtility.HtmlEncode(defectHref(match.Groups["arg"].Value)),
            "origin-authority" => originAuthority,
            "annual-report" => annualReportItem?.Invoke(match.Groups["arg"].Value) ?? string.Empty,
            var other => throw new InvalidOperationException($"Unknown page marker '{other}'."),
        });
    }

    [GeneratedRegex(@"\{\{(?<name>[a-z-]+)(?::(?<arg>[a-z0-9-]+))?\}\}")]
    private static partial Regex Marker();
}
