using System.Globalization;
using System.Text;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// Turns an absolute http(s) URL into the one spelling used as its identity (dedup keys, fingerprints, trap counts):
/// lower-case scheme and host, IDN host as punycode, no default port, no userinfo, no fragment, "/" for an empty path,
/// dot segments resolved, percent-encoding normalised (upper-case hex, unreserved characters decoded, spaces and
/// non-ASCII encoded as UTF-8, reserved characters and existing escapes such as GBK "%D5%FE" left as written as
/// bytes), no session ids (";jsessionid=…", "jsessionid=", "PHPSESSID=") and no lone trailing "?".
/// Query parameter order is kept: servers may treat it as meaningful.
/// </summary>
public static class UrlCanonicalizer
{
    private const string HexDigits = "0123456789ABCDEF";

    // Strict IDNA rules would reject underscores, which real intranet and government hosts do use.
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true, UseStd3AsciiRules = false };

    public static bool TryCanonicalize(Uri absolute, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(absolute);
        canonical = string.Empty;
        if (!absolute.IsAbsoluteUri)
        {
            return false;
        }

        // OriginalString keeps what was written (System.Uri's own normalisation differs in details);
        // AbsoluteUri is the fallback for a Uri built in a way our parser does not accept.
        return TryCanonicalize(absolute.OriginalString, out canonical) || TryCanonicalize(absolute.AbsoluteUri, out canonical);
    }

    public static bool TryCanonicalize(string absoluteUrl, out string canonical)
    {
        canonical = string.Empty;
        if (string.IsNullOrWhiteSpace(absoluteUrl))
        {
            return false;
        }

        var url = absoluteUrl.Trim();
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var scheme = url[..colon].ToLowerInvariant();
        if (scheme is not ("http" or "https"))
        {
            return false;
        }

        // Browsers read backslashes as slashes in http(s) URLs before the query; copy-pasted Windows paths rely on it.
        var rest = url[(colon + 1)..];
        var queryOrFragment = rest.IndexOfAny(['?', '#']);
        var beforeQuery = queryOrFragment < 0 ? rest : rest[..queryOrFragment];
        var afterPath = queryOrFragment < 0 ? string.Empty : rest[queryOrFragment..];
        beforeQuery = beforeQuery.Replace('\\', '/');
        if (!beforeQuery.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var authorityAndPath = beforeQuery[2..];
        var slash = authorityAndPath.IndexOf('/');
        var authority = slash < 0 ? authorityAndPath : authorityAndPath[..slash];
        var path = slash < 0 ? string.Empty : authorityAndPath[slash..];

        if (!TryNormalizeAuthority(scheme, authority, out var hostAndPort))
        {
            return false;
        }

        var hash = afterPath.IndexOf('#');
        var withQuery = hash < 0 ? afterPath : afterPath[..hash];
        var query = withQuery.Length > 0 ? withQuery[1..] : string.Empty;

        var builder = new StringBuilder(url.Length + 16);
        builder.Append(scheme).Append("://").Append(hostAndPort);
        var normalizedPath = RemoveDotSegments(WithoutSessionPathParameters(NormalizePercentEncoding(path)));
        builder.Append(normalizedPath.Length == 0 ? "/" : normalizedPath);
        var normalizedQuery = WithoutSessionQueryParameters(NormalizePercentEncoding(query));
        if (normalizedQuery.Length > 0)
        {
            builder.Append('?').Append(normalizedQuery);
        }

        canonical = builder.ToString();
        return true;
    }

    /// <summary>The fragment without '#', percent-decoded as UTF-8 when possible; null when there is none or it is empty.</summary>
    public static string? Fragment(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hash = url.IndexOf('#');
        if (hash < 0 || hash == url.Length - 1)
        {
            return null;
        }

        var raw = url[(hash + 1)..].Trim();
        return raw.Length == 0 ? null : PercentDecode(raw);
    }

    private static bool TryNormalizeAuthority(string scheme, string authority, out string hostAndPort)
    {
        hostAndPort = string.Empty;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        string host;
        string port;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            host = authority[..(close + 1)].ToLowerInvariant();
            var afterHost = authority[(close + 1)..];
            if (afterHost.Length > 0 && afterHost[0] != ':')
            {
                return false;
            }

            port = afterHost.Length > 0 ? afterHost[1..] : string.Empty;
        }
        else
        {
            var portColon = authority.LastIndexOf(':');
            host = portColon < 0 ? authority : authority[..portColon];
            port = portColon < 0 ? string.Empty : authority[(portColon + 1)..];
            if (!TryNormalizeHostName(host, out host))
            {
                return false;
            }
        }

        if (host.Length == 0)
        {
            return false;
        }

        if (port.Length > 0)
        {
            if (!port.All(char.IsAsciiDigit) || !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber) || portNumber > 65535)
            {
                return false;
            }

            var isDefault = (scheme == "http" && portNumber == 80) || (scheme == "https" && portNumber == 443);
            port = isDefault ? string.Empty : portNumber.ToString(CultureInfo.InvariantCulture);
        }

        hostAndPort = port.Length == 0 ? host : host + ":" + port;
        return true;
    }

    private static bool TryNormalizeHostName(string host, out string normalized)
    {
        normalized = string.Empty;
        var decoded = host.Contains('%') ? PercentDecode(host) : host;

        // Full-width dots (。．｡) separate labels in hosts typed on Chinese keyboards.
        decoded = decoded.Replace('。', '.').Replace('．', '.').Replace('｡', '.').TrimEnd('.');
        if (decoded.Length == 0 || decoded.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "/?#@[]\\%".Contains(c)))
        {
            return false;
        }

        try
        {
            normalized = decoded.All(char.IsAscii) ? decoded.ToLowerInvariant() : Idn.GetAscii(decoded).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        return !normalized.Split('.').Any(label => label.Length == 0);
    }

    /// <summary>
    /// Drops ";jsessionid=…" path parameters: Java CMSs (TRS, 大汉) add them when cookies are off, so each crawl
    /// session would otherwise see every page under a new URL. Other path parameters are kept.
    /// </summary>
    private static string WithoutSessionPathParameters(string path)
    {
        if (path.IndexOf(";jsessionid", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return path;
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var parameters = segments[i].Split(';');
            if (parameters.Length > 1)
            {
                segments[i] = string.Join(';', parameters.Where((parameter, index) => index == 0 || !IsSessionParameter(parameter)));
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Drops "jsessionid" and "phpsessid" query parameters, keeping the others in their order.</summary>
    private static string WithoutSessionQueryParameters(string query)
    {
        if (query.IndexOf("sessid", StringComparison.OrdinalIgnoreCase) < 0
            && query.IndexOf("jsessionid", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return query;
        }

        var parameters = query.Split('&');
        var kept = parameters.Where(parameter => !IsSessionParameter(parameter)).ToList();
        if (kept.Count == parameters.Length)
        {
            return query;
        }

        return kept.All(parameter => parameter.Length == 0) ? string.Empty : string.Join('&', kept);
    }

    private static bool IsSessionParameter(string parameter)
    {
        var equals = parameter.IndexOf('=');
        var name = equals < 0 ? parameter : parameter[..equals];
        return name.Equals("jsessionid", StringComparison.OrdinalIgnoreCase)
            || name.Equals("phpsessid", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>RFC 3986 §5.2.4; ".." above the root stays at the root.</summary>
    private static string RemoveDotSegments(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var output = new List<string>();
        var segments = path.Split('/');

        // segments[0] is the empty string before the leading '/'.
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var isLast = i == segments.Length - 1;
            if (segment == ".")
            {
                if (isLast)
                {
                    output.Add(string.Empty);
                }
            }
            else if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                if (isLast)
                {
                    output.Add(string.Empty);
                }
            }
            else
            {
                output.Add(segment);
            }
        }

        return "/" + string.Join('/', output);
    }

    private static string NormalizePercentEncoding(string component)
    {
        var builder = new StringBuilder(component.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < component.Length; i++)
        {
            var c = component[i];
            if (c == '%')
            {
                if (i + 2 < component.Length && char.IsAsciiHexDigit(component[i + 1]) && char.IsAsciiHexDigit(component[i + 2]))
                {
                    var value = (byte)Convert.ToInt32(component.Substring(i + 1, 2), 16);
                    if (IsUnreserved((char)value))
                    {
                        builder.Append((char)value);
                    }
                    else
                    {
                        AppendEncoded(builder, value);
                    }

                    i += 2;
                }
                else
                {
                    // A stray '%' is not an escape: browsers send it encoded.
                    builder.Append("%25");
                }

                continue;
            }

            if (c < 0x80)
            {
                if (IsUnreserved(c) || IsReserved(c))
                {
                    builder.Append(c);
                }
                else
                {
                    AppendEncoded(builder, (byte)c);
                }

                continue;
            }

            var rune = Rune.TryGetRuneAt(component, i, out var r) ? r : Rune.ReplacementChar;
            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++)
            {
                AppendEncoded(builder, utf8[b]);
            }

            if (rune.Utf16SequenceLength == 2)
            {
                i++;
            }
        }

        return builder.ToString();
    }

    private static string PercentDecode(string value)
    {
        if (!value.Contains('%'))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                bytes.Add((byte)Convert.ToInt32(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8 (e.g. GBK escapes): keep the escapes as written.
            return value;
        }
    }

    private static void AppendEncoded(StringBuilder builder, byte value) =>
        builder.Append('%').Append(HexDigits[value >> 4]).Append(HexDigits[value & 0xF]);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool IsReserved(char c) => c is ':' or '/' or '?' or '#' or '[' or ']' or '@'
        or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
}
