using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ComplianceFns.TestSupport.Processes;

/// <summary>
/// The built CLI (<c>compliancefns.dll</c>, copied next to the tests, or the one named) run as a real process with
/// <c>dotnet</c>: real signal handling, real exit codes, stdout and stderr as a user sees them.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly System.Diagnostics.Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private CliProcess(System.Diagnostics.Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    public int ProcessId => process.Id;

    public static CliProcess Start(params string[] args) => StartDll(Path.Combine(AppContext.BaseDirectory, "compliancefns.dll"), args);

    /// <summary>Starts the CLI built at <paramref name="cliDll"/> (the fault drill runs the one under src/Cli/bin).</summary>
    public static CliProcess StartDll(string cliDll, IEnumerable<string> args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        return new CliProcess(System.Diagnostics.Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet could not be started."));
    }

    /// <summary>Runs to the end (killed after <paramref name="limit"/>); the exit code and how long it took.</summary>
    public static async Task<(int Exit, string Output, string Error, TimeSpan Elapsed)> RunAsync(TimeSpan limit, params string[] args)
    {
        using var cli = Start(args);
        var (exit, elapsed) = await cli.WaitAsync(limit);
        return (exit, cli.Output, cli.Error, elapsed);
    }

    public bool HasExited => process.HasExited;

    /// <summary>kill -9: no handler runs, nothing is flushed or saved.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async Task<(int Exit, TimeSpan Elapsed)> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The CLI did not end within {limit.TotalSeconds:0} s. stdout:\n{Output}\nstderr:\n{Error}");
        }

        process.WaitForExit(); // drains the redirected streams
        return (process.ExitCode, clock.Elapsed);
    }

    /// <summary>Sends a signal by name: TERM as <c>timeout</c>, systemd and container runtimes do, INT as Ctrl+C does.</summary>
    public void Signal(string name)
    {
        using var kill = System.Diagnostics.Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-" + name, process.Id.ToString(CultureInfo.InvariantCulture) },
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("kill could not be started.");
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
