using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ComplianceFns.FaultDrill;

/// <summary>One run of the command-line tool as a real process, optionally interrupted from outside while it runs.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, bool Killed)
{
    /// <summary>
    /// Runs <c>dotnet cli.dll args</c>; after <paramref name="interruptAfter"/> calls <paramref name="interrupt"/>
    /// with the process (kill it, signal it, or break the store under it). Gives up after <paramref name="limit"/>.
    /// </summary>
    public static async Task<CliRun> RunAsync(
        string cliDll, IEnumerable<string> args, TimeSpan limit, TimeSpan? interruptAfter = null, Action<Process>? interrupt = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var interrupted = false;
        if (interruptAfter is { } delay && interrupt is not null)
        {
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(delay)) != exited)
            {
                interrupt(process);
                interrupted = true;
            }
        }

        using var timeout = new CancellationTokenSource(limit);
        var killed = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            killed = true;
        }

        return new CliRun(process.ExitCode, await stdout, await stderr, clock.Elapsed, killed || interrupted && process.ExitCode == 137);
    }

    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
