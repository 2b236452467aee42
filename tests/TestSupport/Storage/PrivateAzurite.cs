using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ComplianceFns.TestSupport.Storage;

/// <summary>
/// An Azurite of one test's own: its own node process (the pinned install under <c>.tools/azurite-npm</c>, see
/// scripts/azurite.sh), free ports, a throwaway data folder. Tests freeze it with <see cref="Freeze"/> (SIGSTOP: the
/// kernel still accepts connections, nothing answers), or kill and restart it on the same ports and data folder (the
/// fault drill, tools/faults) — only this process, never the shared Azurite.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string script;
    private readonly string location;
    private Process process;
    private bool frozen;

    private PrivateAzurite(string script, Process process, string location, int blobPort, int queuePort, int tablePort)
    {
        this.script = script;
        this.process = process;
        this.location = location;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public int ProcessId => process.Id;

    public string ConnectionString => AzuriteStorage.DevelopmentConnectionString(BlobPort, QueuePort, TablePort);

    /// <summary>The table endpoint as messages name it.</summary>
    public string TableEndpoint => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{TablePort}/{AzuriteStorage.DevelopmentAccountName}");

    public static async Task<PrivateAzurite> StartAsync()
    {
        var root = AzuriteStorage.FindRepositoryRoot();
        var script = Path.Combine(root, ".tools", "azurite-npm", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            // Installs the pinned package (and starts/leaves the shared Azurite, which the tests use anyway).
            _ = AzuriteStorage.ConnectionString;
        }

        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing; run 'bash scripts/azurite.sh start' once to install Azurite.");
        }

        var location = Directory.CreateTempSubdirectory("azurite-private.").FullName;
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var azurite = new PrivateAzurite(script, Launch(script, location, blob, queue, table), location, blob, queue, table);
        await azurite.WaitUntilAcceptingAsync();
        return azurite;
    }

    /// <summary>kill -9: the store vanishes mid-request, as a crashed host does. Its data folder stays.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        frozen = false;
    }

    /// <summary>Starts it again on the same ports and data folder, as a restarted store comes back with its data.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        process.Dispose();
        process = Launch(script, location, BlobPort, QueuePort, TablePort);
        await WaitUntilAcceptingAsync();
    }

    private static Process Launch(string script, string location, int blob, int queue, int table)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--location", location, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                "--blobPort", Text(blob), "--queuePort", Text(queue), "--tablePort", Text(table),
                "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node could not be started.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAcceptingAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!(await AcceptsAsync(BlobPort) && await AcceptsAsync(QueuePort) && await AcceptsAsync(TablePort)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await DisposeAsync();
                throw new InvalidOperationException(
                    $"The private Azurite did not accept on 127.0.0.1:{BlobPort}/{QueuePort}/{TablePort} within {StartTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGSTOP: connections are still accepted by the kernel, but no request is ever answered.</summary>
    public void Freeze()
    {
        Signal("STOP");
        frozen = true;
    }

    public void Thaw()
    {
        Signal("CONT");
        frozen = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            if (frozen)
            {
                Thaw();
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A port nothing listens on now (the OS's next free one, released at once).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, Text(process.Id) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("kill could not be started.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} exited with {kill.ExitCode}.");
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
