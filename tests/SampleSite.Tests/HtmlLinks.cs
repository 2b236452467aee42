using System.Net;
using System.Text.RegularExpressions;

namespace ComplianceFns.SampleSite.Tests;

/// <summary>A deliberately small href/title reader for test assertions (the engine has the real extractor).</summary>
internal static partial class HtmlLinks
{
    public static IReadOnlyList<string> Hrefs(string html) =>
        HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();

    public static string Title(string html) => WebUtility.HtmlDecode(TitlePattern().Match(html).Groups["title"].Value).Trim();

    /// <summary>The href of the anchor whose text is exactly <paramref name="text"/>.</summary>
    public static string HrefOfText(string html, string text) =>
        WebUtility.HtmlDecode(AnchorPattern().Matches(html).Single(m => WebUtility.HtmlDecode(m.Groups["text"].Value) == text).Groups["href"].Value);

    [GeneratedRegex("(?:href|src)=\"(?<href>[^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<title>(?<title>[^<]*)")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\">(?<text>[^<]*)</a>")]
    private static partial Regex AnchorPattern();
}
