using System.Net;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;

namespace ComplianceFns.Engine.Tests.Fetching;

/// <summary>Short bounds so slow-server tests finish in seconds, and a resolver that never asks real DNS.</summary>
internal static class FetchKit
{
    public static CrawlOptions FastOptions() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(1.5),
        ConnectTimeout = TimeSpan.FromSeconds(1.5),
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        PolitenessDelay = TimeSpan.Zero,
        MaxBodyBytes = 1024 * 1024,
        MaxDecompressedBytes = 2 * 1024 * 1024,
    };

    /// <summary>A follower that may connect to 127.0.0.1 (the test servers) and nothing else private.</summary>
    public static (HttpFetcher Fetcher, RedirectFollower Follower) Create(CrawlOptions? options = null, IHostResolver? resolver = null, params string[] allowedHosts)
    {
        options ??= FastOptions();
        var fetcher = new HttpFetcher(options, new AddressGuard(allowedHosts.Length == 0 ? ["127.0.0.1"] : allowedHosts), resolver ?? new MapResolver());
        var follower = new RedirectFollower(fetcher, new HostThrottle(options.PerHostConcurrency, options.TotalConcurrency, options.PolitenessDelay, TimeProvider.System), options, TimeProvider.System);
        return (fetcher, follower);
    }
}

/// <summary>Answers IP literals and a fixed map; every other name does not resolve. No query leaves the process.</summary>
internal sealed class MapResolver(Dictionary<string, IPAddress>? map = null) : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return Task.FromResult(new[] { literal });
        }

        return map is not null && map.TryGetValue(host, out var address)
            ? Task.FromResult(new[] { address })
            : Task.FromException<IPAddress[]>(new HostNotFoundException(host));
    }
}
