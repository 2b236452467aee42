namespace LinkBench;

/// <summary>
/// Polls a process tree every ~20 ms and keeps the largest total resident set seen. Because polling can miss a
/// short spike, each process's own kernel high-water mark (VmHWM) is kept too and the peak is the larger of both.
/// </summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly int _rootPid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly Task _loop;
    private long _peakTreeRss;
    private long _peakSingleHwm;
    private int _samples;

    private PeakMemorySampler(int rootPid)
    {
        _rootPid = rootPid;
        _loop = Task.Run(LoopAsync);
    }

    public static PeakMemorySampler Start(int rootPid) => new(rootPid);

    /// <summary>Peak resident bytes of the tree: max over samples of the summed VmRSS, or any single process's VmHWM.</summary>
    public long PeakBytes
    {
        get
        {
            lock (_gate)
            {
                return Math.Max(_peakTreeRss, _peakSingleHwm);
            }
        }
    }

    public int Samples
    {
        get
        {
            lock (_gate)
            {
                return _samples;
            }
        }
    }

    private void SampleOnce()
    {
        long total = 0;
        var highest = 0L;
        foreach (var pid in ProcessTreeMemory.TreeOf(_rootPid))
        {
            if (ProcessTreeMemory.MemoryOf(pid) is { } memory)
            {
                total += memory.Rss;
                highest = Math.Max(highest, memory.Hwm);
            }
        }

        lock (_gate)
        {
            _peakTreeRss = Math.Max(_peakTreeRss, total);
            _peakSingleHwm = Math.Max(_peakSingleHwm, highest);
            _samples++;
        }
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                SampleOnce();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
