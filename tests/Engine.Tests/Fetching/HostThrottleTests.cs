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

    [Theory]
    [InlineData("http://www.example.gov.cn/a", "www.example.gov.cn")]
    [InlineData("https://www.example.gov.cn:443/a", "www.example.gov.cn")]
    [InlineData("http://127.0.0.1:8080/a", "127.0.0.1:8080")]
    public void Requests_are_throttled_per_origin(string url, string origin) =>
        Assert.Equal(origin, HostThrottle.Origin(new Uri(url)));

    [Fact]
    public async Task Two_ports_of_one_host_do_not_share_a_slot()
    {
        var throttle = new HostThrottle(perHostConcurrency: 1, totalConcurrency: 4, TimeSpan.Zero, TimeProvider.System);
        using var first = await throttle.AcquireAsync(HostThrottle.Origin(new Uri("http://127.0.0.1:8001/")), CancellationToken.None);

        var second = throttle.AcquireAsync(HostThrottle.Origin(new Uri("http://127.0.0.1:8002/")), CancellationToken.None);
        var sameOrigin = throttle.AcquireAsync(HostThrottle.Origin(new Uri("http://127.0.0.1:8001/x")), CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.False(sameOrigin.IsCompleted);
        (await second).Dispose();
        first.Dispose();
        (await sameOrigin).Dispose();
    }
}
