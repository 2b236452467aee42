using ComplianceFns.Engine.Configuration;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// Follows redirects by hand, so every hop is throttled, address-guarded and recorded, loops are named as loops, and
/// the hop limit holds. Retries 429, 500, 502, 503, 504 and dropped connections with bounded backoff, honouring
/// Retry-After; a timeout is not retried (it has already waited the whole timeout, and a second wait rarely ends
/// otherwise). A host that keeps failing is short-circuited by <see cref="HostHealth"/>.
/// </summary>
public sealed class RedirectFollower(HttpFetcher fetcher, HostThrottle throttle, CrawlOptions options, TimeProvider time)
{
    private readonly HostHealth _health = new(options.HostFailuresBeforeShortCircuit);

    /// <param name="requestStarting">Called each time a request has its slot and is about to be sent: time spent
    /// waiting for our own throttle is not the target's.</param>
    public async Task<FollowedResponse> FetchAsync(Uri url, FetchMode mode, int? maxBodyBytes, CancellationToken cancellationToken, Action? requestStarting = null)
    {
        var chain = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { Key(url) };
        var attempts = 0;
        var current = url;
        while (true)
        {
            var (response, tries) = await FetchWithRetriesAsync(current, mode, maxBodyBytes, requestStarting, cancellationToken).ConfigureAwait(false);
            attempts += tries;
            if (!response.IsRedirect)
            {
                return new FollowedResponse(response, chain, LinkFailure.None, attempts);
            }

            if (!Uri.TryCreate(response.Location, UriKind.Absolute, out var next) || next.Scheme is not ("http" or "https"))
            {
                // The link itself is fine; where the server sends it is not. Recorded as a failed hop.
                chain.Add(response.Location ?? "（空）");
                var detail = response.Location is null
                    ? $"服务器返回 {response.StatusCode} 跳转，但未给出跳转地址"
                    : $"跳转地址无效：{response.Location}";
                return new FollowedResponse(FetchResponse.Failed(current, LinkFailure.InvalidUrl, detail), chain, LinkFailure.None, attempts);
            }

            chain.Add(next.AbsoluteUri);
            if (!visited.Add(Key(next)))
            {
                return new FollowedResponse(response, chain, LinkFailure.RedirectLoop, attempts);
            }

            if (chain.Count > options.MaxRedirects)
            {
                return new FollowedResponse(response, chain, LinkFailure.TooManyRedirects, attempts);
            }

            // 303, and 301/302 after POST in browsers, turn into GET; for HEAD and GET nothing changes.
            current = next;
        }
    }

    private async Task<(FetchResponse Response, int Attempts)> FetchWithRetriesAsync(
        Uri url, FetchMode mode, int? maxBodyBytes, Action? requestStarting, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (_health.ShortCircuit(url) is { } known)
            {
                return (known, attempt);
            }

            FetchResponse response;
            using (await throttle.AcquireAsync(HostThrottle.Origin(url), cancellationToken).ConfigureAwait(false))
            {
                // Checked again after the wait for a slot: the host may have failed enough meanwhile.
                if (_health.ShortCircuit(url) is { } failedMeanwhile)
                {
                    return (failedMeanwhile, attempt);
                }

                requestStarting?.Invoke();
                response = await fetcher.FetchAsync(url, mode, maxBodyBytes, cancellationToken).ConfigureAwait(false);
            }

            _health.Record(response);
            if (!IsRetryable(response) || attempt >= options.MaxRetries)
            {
                return (response, attempt + 1);
            }

            var wait = response.RetryAfter ?? TimeSpan.FromTicks(options.RetryBaseDelay.Ticks << attempt);
            if (wait > options.MaxRetryAfter)
            {
                return (response, attempt + 1);
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // A host that could not even be connected to (refused, connect timeout) will not answer a second later; a request
    // that timed out has already waited the whole timeout, and waiting it again and again holds the run for minutes
    // (a HEAD that timed out is followed by a GET, which is its retry). A 500/502/504 is as often a passing upstream
    // hiccup as a 503, so a flaky target is not reported as broken.
    private static bool IsRetryable(FetchResponse response) =>
        response.StatusCode is 429 or 500 or 502 or 503 or 504
        || (response.Failure == LinkFailure.ConnectionError && !response.ConnectFailed);

    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
}
