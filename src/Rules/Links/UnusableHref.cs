using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// What an href that is not an http(s) link means to a reader: nothing to check (a browser hands <c>mailto:</c>,
/// <c>irc:</c>, <c>news:</c> … to another program, or runs <c>javascript:</c> itself), a file on the author's own
/// computer, an FTP address browsers no longer open, or an address no browser can use.
/// </summary>
public static partial class UnusableHref
{
    /// <summary>Schemes the browser handles itself without a request, or hands to another program.</summary>
    private static readonly HashSet<string> NeverCheckedSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        // Handled inside the page or the browser.
        "javascript", "vbscript", "data", "about", "blob",

        // Handed to a mail, phone, chat, news, calendar, map or app program.
        "mailto", "tel", "sms", "callto", "sip", "sips", "fax", "irc", "ircs", "news", "nntp", "snews", "xmpp", "webcal",
        "geo", "magnet", "skype", "weixin", "tencent", "mqq", "alipays", "taobao", "market", "itms-services", "itms-apps",
    };

    private static readonly HashSet<string> FtpSchemes = new(StringComparer.OrdinalIgnoreCase) { "ftp", "ftps", "sftp" };

    /// <summary>True for a scheme whose links are not requested and never judged (see <see cref="NeverCheckedSchemes"/>).</summary>
    public static bool IsNeverChecked(string scheme) => NeverCheckedSchemes.Contains(scheme);

    /// <summary>
    /// The verdict on an href that did not resolve to an http(s) target; null when it is not checked at all.
    /// </summary>
    /// <param name="rawHref">The href as written.</param>
    public static LinkCheckResult? Judge(string rawHref)
    {
        ArgumentNullException.ThrowIfNull(rawHref);
        var href = rawHref.Trim();
        if (DrivePath().IsMatch(href))
        {
            return Result(rawHref, LinkFailure.LocalFile, "Windows 本机路径");
        }

        var scheme = Scheme().Match(href);
        if (!scheme.Success)
        {
            return Result(rawHref, LinkFailure.InvalidUrl, "无法解析为有效的网址");
        }

        var name = scheme.Groups["scheme"].Value;
        if (IsNeverChecked(name))
        {
            return null;
        }

        if (name.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return Result(rawHref, LinkFailure.LocalFile, "file: 协议");
        }

        if (FtpSchemes.Contains(name))
        {
            return Result(rawHref, LinkFailure.FtpLink, $"{name.ToLowerInvariant()}: 协议");
        }

        return name.Equals("http", StringComparison.OrdinalIgnoreCase) || name.Equals("https", StringComparison.OrdinalIgnoreCase)
            ? Result(rawHref, LinkFailure.InvalidUrl, "无法解析为有效的网址")
            : Result(rawHref, LinkFailure.InvalidUrl, $"“{name}:”不是浏览器能打开的协议，可能是网址拼写错误");
    }

    private static LinkCheckResult Result(string rawHref, LinkFailure failure, string detail) =>
        new() { Url = rawHref, Failure = failure, Detail = detail };

    [GeneratedRegex(@"^[A-Za-z]:[\\/]", RegexOptions.CultureInvariant)]
    private static partial Regex DrivePath();

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
