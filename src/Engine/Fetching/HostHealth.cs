using System.Collections.Concurrent;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// A per-host circuit breaker: once this many distinct URLs on a host have failed (timeout, refused, dropped) with no
/// success in between, the host's remaining targets are answered with that failure instead of each waiting out its
/// own timeouts. A dead CDN carrying 200 images then costs a few timeouts, not hours; a site with one or two slow
/// pages (retried or not) never trips it.
/// </summary>
public sealed class HostHealth(int failuresToOpen)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The failure to report without a request, or null when the host may be tried.</summary>
    public FetchResponse? ShortCircuit(Uri url)
    {
        if (!_hosts.TryGetValue(url.IdnHost, out var state))
        {
            return null;
        }

        lock (state)
        {
            return state.FailedUrls.Count >= failuresToOpen && state.Last is { } last
                ? FetchResponse.Failed(url, last.Failure, $"{last.FailureDetail}；同一主机已有 {state.FailedUrls.Count} 个地址连续无法访问，未再请求") with { ConnectFailed = last.ConnectFailed, ShortCircuited = true }
                : null;
        }
    }

    public void Record(FetchResponse response)
    {
        var state = _hosts.GetOrAdd(response.Url.IdnHost, _ => new HostState());
        lock (state)
        {
            if (response.Failure is LinkFailure.Timeout or LinkFailure.ConnectionRefused or LinkFailure.ConnectionError)
            {
                state.FailedUrls.Add(response.Url.AbsoluteUri);
                state.Last = response;
            }
            else
            {
                state.FailedUrls.Clear();
                state.Last = null;
            }
        }
    }

    private sealed class HostState
    {
        public HashSet<string> FailedUrls { get; } = new(StringComparer.Ordinal);

        public FetchResponse? Last { get; set; }
    }
}
