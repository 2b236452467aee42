using System.Collections.Concurrent;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// Politeness: at most N requests in flight per origin (host and port) and overall, and a minimum gap between request
/// starts to the same origin.
/// </summary>
public sealed class HostThrottle(int perHostConcurrency, int totalConcurrency, TimeSpan politenessDelay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _total = new(totalConcurrency, totalConcurrency);

    /// <summary>The key a request is throttled by: "host" on the scheme's default port, else "host:port".</summary>
    public static string Origin(Uri url) => url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}";

    public async Task<IDisposable> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot(perHostConcurrency));
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Wait out the politeness gap before taking a global slot, so a waiting host holds up no other host.
            if (politenessDelay > TimeSpan.Zero)
            {
                TimeSpan wait;
                lock (slot)
                {
                    var now = time.GetUtcNow();
                    var start = slot.NextStart > now ? slot.NextStart : now;
                    slot.NextStart = start + politenessDelay;
                    wait = start - now;
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
            }

            await _total.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }

        return new Release(slot.Gate, _total);
    }

    private sealed class HostSlot(int concurrency)
    {
        public SemaphoreSlim Gate { get; } = new(concurrency, concurrency);

        public DateTimeOffset NextStart { get; set; }
    }

    private sealed class Release(SemaphoreSlim host, SemaphoreSlim total) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                total.Release();
                host.Release();
            }
        }
    }
}
