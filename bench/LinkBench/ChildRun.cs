using System.Diagnostics;

namespace LinkBench;

/// <summary>
/// How one tool process went: exit code, wall time from start to exit, peak memory of its process tree, CPU time of
/// the tool and of this process (mostly the site server answering it), and the 1-minute load average at the start.
/// </summary>
public sealed record ChildRun(
    int ExitCode, TimeSpan WallTime, long PeakRssBytes, int MemorySamples, TimeSpan ToolCpu, TimeSpan BenchCpu, string LoadAverage,
    string StdoutPath, string StderrPath)
{
    /// <summary>
    /// Starts the process with stdout and stderr streamed to files (so a large JSON report costs the tool no pipe
    /// back-pressure), samples its memory while it runs, and waits for it to exit or the deadline to pass.
    /// </summary>
    public static async Task<ChildRun> RunAsync(ProcessStartInfo start, string outputPrefix, TimeSpan deadline)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var stdoutPath = outputPrefix + ".stdout";
        var stderrPath = outputPrefix + ".stderr";

        using var process = new Process { StartInfo = start };
        var loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var toolCpuBefore = CpuTimes.ReapedChildren();
        var benchCpuBefore = CpuTimes.Self();
        var stopwatch = Stopwatch.StartNew();
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName}.");
        }

        await using var sampler = PeakMemorySampler.Start(process.Id);
        await using var stdout = File.Create(stdoutPath);
        await using var stderr = File.Create(stderrPath);
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);

        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} ran longer than {deadline.TotalSeconds:0} s.");
        }

        stopwatch.Stop();
        var toolCpu = CpuTimes.ReapedChildren() - toolCpuBefore;
        var benchCpu = CpuTimes.Self() - benchCpuBefore;
        await Task.WhenAll(copyOut, copyErr).ConfigureAwait(false);
        return new ChildRun(
            process.ExitCode, stopwatch.Elapsed, sampler.PeakBytes, sampler.Samples, toolCpu, benchCpu, loadAverage, stdoutPath, stderrPath);
    }
}
