using System.Globalization;

namespace ComplianceFns.Rules.Links;

/// <summary>Simplified-Chinese sentences for what happened to a link, as used in finding messages.</summary>
public static class LinkFailureText
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true };

    /// <summary>
    /// The predicate after "页面 … 中的链接“…”（href）", without the final "。", e.g. "无法访问：服务器返回 404（页面不存在）"
    /// or "无法加载：跳转 2 次后返回 404（页面不存在）：a → b → c".
    /// </summary>
    public static string Describe(LinkKind kind, LinkCheckResult result, string? fragment)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verb = kind.IsEmbeddedResource() ? "无法加载" : "无法访问";
        var failedUrl = result.RedirectChain.Count > 0 ? result.RedirectChain[^1] : result.Url;

        switch (result.Failure)
        {
            case LinkFailure.None:
                return "可以正常访问";
            case LinkFailure.InvalidUrl when result.RedirectChain.Count == 0:
                return "地址格式错误，无法识别为有效网址" + Parenthesized(result.Detail);
            case LinkFailure.LocalFile:
                return $"{verb}：地址是本机文件路径（{result.Detail ?? "file:"}），只能在编写页面的那台电脑上打开，读者无法访问";
            case LinkFailure.FtpLink:
                return "使用 FTP 协议（ftp:），目前主流浏览器已不再直接打开 FTP 地址，读者需另装 FTP 软件才能访问";
            case LinkFailure.BlockedAddress when result.RedirectChain.Count == 0:
                return BlockedAddress(result, failedUrl);
            case LinkFailure.MissingFragment:
                return $"指向的页内锚点“#{fragment}”在目标页面中不存在（页面可以打开，但无法定位到该位置）";
            case LinkFailure.RedirectLoop:
                return $"{verb}：出现循环跳转：{Chain(result)}";
            case LinkFailure.TooManyRedirects:
                return $"{verb}：跳转次数过多（跳转 {result.RedirectChain.Count} 次后仍未到达最终页面）：{Chain(result)}";
        }

        if (result.FailedAfterRedirect)
        {
            return $"{verb}：跳转 {result.RedirectChain.Count} 次后{Outcome(result, failedUrl)}：{Chain(result)}";
        }

        var outcome = Outcome(result, failedUrl);
        return result.Failure is LinkFailure.HttpNotFound or LinkFailure.HttpGone or LinkFailure.HttpClientError or LinkFailure.HttpServerError
            or LinkFailure.HttpNotModified or LinkFailure.HttpNonStandard
            ? $"{verb}：服务器{outcome}"
            : $"{verb}：{outcome}";
    }

    /// <summary>The requested URL and every redirect after it, joined with " → ".</summary>
    public static string Chain(LinkCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" → ", result.RedirectChain.Prepend(result.Url));
    }

    /// <summary>The host of a URL as readers know it (Chinese domain names shown in Chinese), or the URL itself.</summary>
    public static string DisplayHost(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return url;
        }

        try
        {
            return Idn.GetUnicode(uri.IdnHost);
        }
        catch (ArgumentException)
        {
            return uri.Host;
        }
    }

    private static string Outcome(LinkCheckResult result, string failedUrl) => result.Failure switch
    {
        LinkFailure.HttpNotFound => $"返回 {result.StatusCode ?? 404}（页面不存在）",
        LinkFailure.HttpGone => $"返回 {result.StatusCode ?? 410}（页面已被永久删除）",
        LinkFailure.HttpClientError => $"返回 {Status(result)}（{ClientErrorMeaning(result.StatusCode)}）",
        LinkFailure.HttpServerError => $"返回 {Status(result)}（{ServerErrorMeaning(result.StatusCode)}）" + Attempts(result),
        LinkFailure.HttpNotModified => $"返回 {result.StatusCode ?? 304}（内容未修改），但检查请求并未携带缓存信息，读者的浏览器将显示空白页面",
        LinkFailure.HttpNonStandard => $"返回非标准状态码 {Status(result)}（HTTP 标准未定义此状态，常见于网站拦截自动访问程序；读者用浏览器打开可能正常，请人工打开核实）",
        LinkFailure.Timeout => Timeout(result),
        LinkFailure.ConnectionRefused => $"服务器 {DisplayHost(failedUrl)} 拒绝连接" + Attempts(result),
        LinkFailure.ConnectionError => $"与服务器 {DisplayHost(failedUrl)} 的网络连接失败（连接被重置或网络不可达）" + Attempts(result),
        LinkFailure.DnsFailure => $"域名 {DisplayHost(failedUrl)} 无法解析",
        LinkFailure.TlsFailure => $"与 {DisplayHost(failedUrl)} 的 HTTPS 加密连接失败（{(string.IsNullOrWhiteSpace(result.Detail) ? "证书无效、过期、与域名不符或协议错误" : result.Detail)}）",
        LinkFailure.SoftNotFound => $"打开的是“页面不存在”提示页（页面显示“{result.Detail ?? "页面不存在"}”）",
        LinkFailure.BlockedAddress => BlockedAddress(result, failedUrl),
        LinkFailure.InvalidUrl => "遇到格式错误的跳转地址",
        _ => result.Failure.ToString(),
    };

    private static string BlockedAddress(LinkCheckResult result, string failedUrl) =>
        $"指向内网地址 {result.Detail ?? DisplayHost(failedUrl)}，公众无法访问，已按安全策略跳过检测";

    private static string Timeout(LinkCheckResult result)
    {
        // The checker's detail names the per-attempt limit; elapsed time also counts retries and back-off.
        var seconds = (int)Math.Round(result.Elapsed.TotalSeconds / Math.Max(1, result.Attempts), MidpointRounding.AwayFromZero);
        var within = result.Detail is { Length: > 0 } detail && detail.Contains('秒', StringComparison.Ordinal) ? detail
            : seconds > 0 ? $"{seconds} 秒内未返回完整内容" : "在限定时间内未返回完整内容";
        return $"访问超时（{within}）" + Attempts(result);
    }

    private static string Attempts(LinkCheckResult result) =>
        result.Attempts > 1 ? $"，共尝试 {result.Attempts} 次" : string.Empty;

    private static string Status(LinkCheckResult result) =>
        result.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "错误状态";

    private static string ClientErrorMeaning(int? status) => status switch
    {
        400 => "请求无效",
        401 => "需要登录认证",
        403 => "禁止访问",
        405 => "不允许的请求方式",
        406 or 415 => "服务器不接受该请求",
        408 => "请求超时",
        429 => "请求过于频繁，被服务器限制",
        451 => "因法律原因不可访问",
        _ => "客户端请求错误",
    };

    private static string ServerErrorMeaning(int? status) => status switch
    {
        500 => "服务器内部错误",
        501 => "服务器不支持该请求",
        502 => "网关错误",
        503 => "服务暂时不可用",
        504 => "网关超时",
        _ => "服务器错误",
    };

    private static string Parenthesized(string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? string.Empty : $"（{detail}）";
}
