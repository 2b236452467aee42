using System.Net;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Fetching;

/// <summary>One HTTP exchange (one hop, no redirects followed), or why it failed.</summary>
public sealed record FetchResponse
{
    public required Uri Url { get; init; }

    /// <summary>Set when no HTTP answer came; <see cref="LinkFailure.None"/> when a status was received.</summary>
    public LinkFailure Failure { get; init; }

    public string? FailureDetail { get; init; }

    /// <summary>No connection could be made (refused, unreachable, connect timeout): retrying soon is pointless.</summary>
    public bool ConnectFailed { get; init; }

    /// <summary>No request was made: the host's circuit breaker answered with an earlier failure of another URL.</summary>
    public bool ShortCircuited { get; init; }

    public HttpStatusCode? Status { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The decoded (decompressed) body when <see cref="FetchMode.GetBody"/> or <see cref="FetchMode.GetWholeBody"/> read one.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The body was cut at a size cap (wire or decompressed).</summary>
    public bool BodyTruncated { get; init; }

    /// <summary>The cut came from the decompressed cap: a small compressed body inflated past it (a compression bomb).</summary>
    public bool BodyInflatedPastCap { get; init; }

    /// <summary>
    /// The body's size as the server declared it: its Content-Length when the body is sent without a Content-Encoding;
    /// null when none was sent (chunked) or the body is compressed (the header then counts compressed bytes).
    /// </summary>
    public long? DeclaredLength { get; init; }

    public int StatusCode => Status is { } s ? (int)s : 0;

    public bool IsRedirect => StatusCode is 301 or 302 or 303 or 307 or 308;

    public static FetchResponse Failed(Uri url, LinkFailure failure, string detail) =>
        new() { Url = url, Failure = failure, FailureDetail = detail };
}
