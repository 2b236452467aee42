namespace LinkBench;

/// <summary>
/// One spelling per URL so both tools' reports compare with the site's list: lower-case scheme and host, no default
/// port, no fragment, "/" for an empty path, percent-escapes as <see cref="Uri"/> writes them.
/// </summary>
public static class UrlNormaliser
{
    public static string Normalise(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return url.Trim();
        }

        return uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
    }
}
