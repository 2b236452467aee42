using System.Text;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Extraction;

/// <summary>A usable reference: its absolute target (null when unusable) and its fragment.</summary>
internal readonly record struct ResolvedHref(Uri? Target, string? Fragment);

/// <summary>Turns an entity-decoded href into an absolute http(s) target the way a browser would, or says to skip it.</summary>
internal static partial class HrefResolver
{
    /// <summary>Null when the href is not a link to check (empty, "#", mailto:, javascript: …).</summary>
    /// <param name="decodedHref">The attribute value with HTML entities decoded.</param>
    /// <param name="baseUri">The page's base URL.</param>
    /// <param name="documentEncoding">The page's encoding, used for non-ASCII query characters; null means UTF-8.</param>
    public static ResolvedHref? Resolve(string decodedHref, Uri baseUri, Encoding? documentEncoding = null)
    {
        var value = Clean(decodedHref);
        if (value.Length == 0 || value == "#")
        {
            return null;
        }

        var scheme = SchemePattern().Match(value);
        if (scheme.Success && UnusableHref.IsNeverChecked(scheme.Groups["scheme"].Value))
        {
            return null;
        }

        var hash = value.IndexOf('#');
        var fragment = hash >= 0 && hash < value.Length - 1 ? value[(hash + 1)..] : null;
        var beforeFragment = hash >= 0 ? value[..hash] : value;

        if (scheme.Success && !IsHttp(scheme.Groups["scheme"].Value))
        {
            return new ResolvedHref(null, fragment); // ftp:, file:, C:\… — judged by UnusableHref
        }

        if (beforeFragment.Length == 0)
        {
            return new ResolvedHref(WithoutFragment(baseUri), fragment);
        }

        beforeFragment = QueryPercentEncoder.Encode(BackslashesToSlashes(beforeFragment), documentEncoding);
        if (!Uri.TryCreate(baseUri, beforeFragment, out var target)
            || !target.IsAbsoluteUri
            || !IsHttp(target.Scheme)
            || string.IsNullOrEmpty(target.Host))
        {
            return new ResolvedHref(null, fragment);
        }

        return new ResolvedHref(WithoutFragment(target), fragment);
    }

    public static bool IsHttp(string scheme) =>
        scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase)
        || scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);

    public static Uri WithoutFragment(Uri uri) =>
        uri.Fragment.Length == 0 ? uri : new Uri(uri.GetLeftPart(UriPartial.Query));

    /// <summary>Browsers strip leading/trailing C0 controls and spaces, and tabs/newlines anywhere.</summary>
    private static string Clean(string href)
    {
        var trimmed = href.AsSpan().Trim(" \t\n\r\f\v\0");
        if (trimmed.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return trimmed.ToString();
        }

        return string.Concat(trimmed.ToString().Where(c => c is not ('\t' or '\n' or '\r')));
    }

    /// <summary>In http(s) URLs browsers read '\' as '/' before the query (a common error on Windows-built sites).</summary>
    private static string BackslashesToSlashes(string href)
    {
        var query = href.IndexOf('?');
        var path = query >= 0 ? href[..query] : href;
        return path.Contains('\\') ? path.Replace('\\', '/') + (query >= 0 ? href[query..] : string.Empty) : href;
    }

    [GeneratedRegex("^(?<scheme>[A-Za-z][A-Za-z0-9+.\\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
