using System.Diagnostics;
using ComplianceFns.Engine.Fetching;

namespace ComplianceFns.Engine.Tests.Fetching;

public sealed class HostThrottleTests
{
    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_politeness_delay()
    {
        var throttle = new HostThrottle(perHostConcurrency: 4, totalConcurrency: 16, TimeSpan.FromMilliseconds(150), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var starts = new List<TimeSpan>();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using (await throttle.AcquireAsync("www.example.gov.cn", CancellationToken.None))
            {
                lock (starts)
                {
                    starts.Add(clock.Elapsed);
                }
            }
        }));

        starts.Sort();
        Assert.True(starts[^1] - starts[0] >= TimeSpan.FromMilliseconds(4 * 140), $"starts: {string.Join(", ", starts)}");
    }

    [Fact]
    public async Task Other_hosts_are_not_held_up_by_a_busy_one()
    {
        var throttle = new HostThrottle(perHostConcurrency: 1, totalConcurrency: 16, TimeSpan.Zero, TimeProvider.System);
        using var busy = await throttle.AcquireAsync("slow.example.gov.cn", CancellationToken.None);

        var other = throttle.AcquireAsync("fast.example.gov.cn", CancellationToken.None);
        var same = throttle.AcquireAsync("slow.example.gov.cn", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(same.IsCompleted);
        busy.Dispose();
        (await same).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task In_flight_requests_per_host_never_exceed_the_limit()
    {
        var throttle = new HostThrottle(perHostConcurrency: 2, totalConcurrency: 16, TimeSpan.Zero, TimeProvider.System);
        var inFlight = 0;
        var peak = 0;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            using (await throttle.AcquireAsync("www.example.gov.cn", CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                await Task.Delay(20);
                Interlocked.Decrement(ref inFlight);
            }
        }));

        Assert.Equal(2, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
