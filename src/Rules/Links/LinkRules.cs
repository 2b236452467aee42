using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Links;

/// <summary>The link rule catalogue. Ids are stable: stored findings and fingerprints depend on them.</summary>
public static class LinkRules
{
    public static readonly RuleDescriptor Http404 = new("link.http-404", Severity.General, "链接失效（404）", "The target answers 404 Not Found.");
    public static readonly RuleDescriptor Http410 = new("link.http-410", Severity.General, "链接失效（410）", "The target answers 410 Gone.");
    public static readonly RuleDescriptor Http4xx = new("link.http-4xx", Severity.General, "链接无法访问（4xx）", "The target answers another 4xx status (400, 401, 403 …).");
    public static readonly RuleDescriptor Http5xx = new("link.http-5xx", Severity.General, "链接服务器错误（5xx）", "The target answers a 5xx status after bounded retries.");
    public static readonly RuleDescriptor Timeout = new("link.timeout", Severity.General, "链接访问超时", "No complete answer within the timeout, including servers that trickle bytes.");
    public static readonly RuleDescriptor ConnectionRefused = new("link.connection-refused", Severity.General, "链接拒绝连接", "The target host refuses the TCP connection.");
    public static readonly RuleDescriptor ConnectionError = new("link.connection-error", Severity.General, "链接连接错误", "The connection was reset or failed for another network reason.");
    public static readonly RuleDescriptor DnsFailure = new("link.dns-failure", Severity.General, "链接域名无法解析", "The target's host name does not resolve.");
    public static readonly RuleDescriptor TlsFailure = new("link.tls-failure", Severity.General, "链接证书或加密连接错误", "The HTTPS handshake fails (invalid, expired or mismatched certificate, protocol error).");
    public static readonly RuleDescriptor RedirectLoop = new("link.redirect-loop", Severity.General, "链接循环跳转", "The redirects return to a URL already visited.");
    public static readonly RuleDescriptor TooManyRedirects = new("link.too-many-redirects", Severity.General, "链接跳转次数过多", "More redirects than the hop limit.");
    public static readonly RuleDescriptor RedirectError = new("link.redirect-error", Severity.General, "链接跳转后失效", "The redirects end in an error (4xx, 5xx, network failure).");
    public static readonly RuleDescriptor SoftNotFound = new("link.soft-404", Severity.General, "链接指向“页面不存在”", "The target answers 200 but its content says the page does not exist.");
    public static readonly RuleDescriptor MissingFragment = new("link.missing-fragment", Severity.Hint, "页内锚点不存在", "The #fragment names no element (id or a name) on the target page.");
    public static readonly RuleDescriptor BrokenImage = new("link.broken-image", Severity.General, "图片无法显示", "An image the page embeds cannot be loaded.");
    public static readonly RuleDescriptor BrokenScript = new("link.broken-script", Severity.General, "脚本无法加载", "A script the page loads cannot be loaded.");
    public static readonly RuleDescriptor BrokenStylesheet = new("link.broken-stylesheet", Severity.General, "样式表无法加载", "A stylesheet the page loads cannot be loaded.");
    public static readonly RuleDescriptor WrongTarget = new("link.wrong-target", Severity.General, "错链（链接与目标内容不符）", "The link text names a document or column that the target page's title and headings do not match.");
    public static readonly RuleDescriptor PrivateAddress = new("link.private-address", Severity.General, "链接指向内网或保留地址", "The target resolves to a loopback, private, link-local or cloud-metadata address; it is never requested and the public cannot reach it.");
    public static readonly RuleDescriptor InvalidUrl = new("link.invalid-url", Severity.General, "链接地址格式错误", "The href is not a usable URL (no host, a scheme no browser knows).");
    public static readonly RuleDescriptor NotModified = new("link.http-304", Severity.General, "链接返回 304（空白页面）", "The target answers 304 Not Modified to a request that named no cached copy, so a reader's browser shows an empty page.");
    public static readonly RuleDescriptor NonStandardStatus = new("link.http-nonstandard", Severity.Hint, "链接返回非标准状态码", "The target answers a status of 600 or above, which HTTP does not define (999 is common where a site blocks automated visitors); a reader's browser may still show the page, so it is to be checked by hand.");
    public static readonly RuleDescriptor BrokenMedia = new("link.broken-media", Severity.General, "音视频无法播放", "A video, audio or caption file the page plays cannot be loaded.");
    public static readonly RuleDescriptor LocalFile = new("link.local-file", Severity.General, "链接指向本机文件", "The href is a file: URL or a Windows path (C:\\…, \\\\server\\…): it opens only on the author's own computer.");
    public static readonly RuleDescriptor FtpLink = new("link.ftp", Severity.Hint, "链接使用 FTP 协议", "The href is an ftp: URL, which current browsers no longer open; readers need an FTP program.");
    public static readonly RuleDescriptor StartPageUnreachable = new("link.start-page-unreachable", Severity.Serious, "首页无法访问", "A start page answers an error status, times out, is not an HTML page, says the page does not exist or cannot be read: nothing reached through it was inspected.");
    public static readonly RuleDescriptor DamagedAttachment = new("link.damaged-attachment", Severity.General, "附件无法打开", "An attachment of the site (PDF, DOCX) downloads in full but its file is damaged: readers cannot open it, and the links in it went unchecked.");
    public static readonly RuleDescriptor UnreadablePage = new("link.unreadable-page", Severity.General, "页面无法读取", "A page of the site answers but cannot be read (over the size cap, inflates past the decompression cap, or is not HTML although its address is a page's): its links and text went unchecked.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Http404, Http410, Http4xx, Http5xx, Timeout, ConnectionRefused, ConnectionError, DnsFailure, TlsFailure,
        RedirectLoop, TooManyRedirects, RedirectError, SoftNotFound, MissingFragment, BrokenImage, BrokenScript,
        BrokenStylesheet, WrongTarget, PrivateAddress, InvalidUrl, NotModified, NonStandardStatus, BrokenMedia, LocalFile,
        FtpLink,
        StartPageUnreachable, UnreadablePage, DamagedAttachment,
    ];

    /// <summary>Rules about a page the crawler could not read, not about a link on a page; a finding's page is the unread page.</summary>
    public static IReadOnlyList<RuleDescriptor> PageReadRules { get; } = [StartPageUnreachable, UnreadablePage, DamagedAttachment];
}
