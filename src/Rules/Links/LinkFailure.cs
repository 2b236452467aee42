namespace ComplianceFns.Rules.Links;

/// <summary>Why a link target is unusable. <see cref="None"/> means it works.</summary>
public enum LinkFailure
{
    None,

    /// <summary>The href is not a usable URL (bad syntax, unsupported scheme, empty host).</summary>
    InvalidUrl,

    /// <summary>The target resolves to a loopback, private, link-local or metadata address; never requested.</summary>
    BlockedAddress,

    DnsFailure,
    ConnectionRefused,

    /// <summary>Reset, unreachable network, or another socket-level error.</summary>
    ConnectionError,

    TlsFailure,

    /// <summary>No complete answer within the timeout (including servers that trickle bytes).</summary>
    Timeout,

    HttpNotFound,
    HttpGone,

    /// <summary>Any other 4xx (401, 403, 400 …).</summary>
    HttpClientError,

    HttpServerError,

    /// <summary>304 Not Modified to a request that named no cached copy: the browser shows an empty page.</summary>
    HttpNotModified,

    /// <summary>A status of 600 or above, which HTTP does not define (999 is common behind bot walls).</summary>
    HttpNonStandard,

    RedirectLoop,
    TooManyRedirects,

    /// <summary>A 200 page whose content says the page does not exist.</summary>
    SoftNotFound,

    /// <summary>The page loads, but the <c>#fragment</c> names no element on it.</summary>
    MissingFragment,

    /// <summary>A <c>file:</c> URL or a Windows path: it opens only on the author's own computer.</summary>
    LocalFile,

    /// <summary>An <c>ftp:</c> URL: current browsers no longer open FTP.</summary>
    FtpLink,
}
