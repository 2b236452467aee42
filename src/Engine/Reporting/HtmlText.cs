using System.Net;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Encoding helpers for the HTML report: every string from a crawled site is hostile until encoded.</summary>
public static class HtmlText
{
    /// <summary>HTML-encodes text for element content and quoted attribute values (quotes included).</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>
    /// The URL when it is an absolute http(s) URL, else null: only such URLs may become an <c>href</c>, so
    /// <c>javascript:</c>, <c>data:</c> and relative tricks stay plain text.
    /// </summary>
    public static string? SafeHttpUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }

    /// <summary>An <c>&lt;a&gt;</c> for a safe http(s) URL, otherwise the encoded text alone.</summary>
    public static string LinkOrText(string? url)
    {
        var safe = SafeHttpUrl(url);
        return safe is null
            ? $"<span class=\"url\">{Encode(url)}</span>"
            : $"<a class=\"url\" href=\"{Encode(safe)}\" rel=\"noopener noreferrer\" referrerpolicy=\"no-referrer\">{Encode(url)}</a>";
    }
}
