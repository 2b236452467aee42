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
    RedirectLoop,
    TooManyRedirects,

    /// <summary>A 200 page whose content says the page does not exist.</summary>
    SoftNotFound,

    /// <summary>The page loads, but the <c>#fragment</c> names no element on it.</summary>
    MissingFragment,
}
