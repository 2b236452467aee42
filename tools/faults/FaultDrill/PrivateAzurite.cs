using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ComplianceFns.FaultDrill;

/// <summary>
/// An Azurite process of the drill's own (own ports, own data folder), so it can be killed, frozen and restarted
/// without touching anybody else's. The data folder survives a restart, as a real store's data does.
/// </summary>
internal sealed class PrivateAzurite(string azuriteJs) : IDisposable
{
    private readonly string _location = Directory.CreateTempSubdirectory("faultdrill-azurite.").FullName;
    private readonly int[] _ports = [FreePort(), FreePort(), FreePort()];
    private Process? _process;

    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;");

    public string TableEndpoint => $"http://127.0.0.1:{_ports[2]}/devstoreaccount1";

    public void Start()
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            azuriteJs, "--location", _location, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", _ports[0].ToString(CultureInfo.InvariantCulture), "--queuePort", _ports[1].ToString(CultureInfo.InvariantCulture),
            "--tablePort", _ports[2].ToString(CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        })
        {
            info.ArgumentList.Add(arg);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Accepts(_ports[2]) || !Accepts(_ports[0]))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Azurite did not start on port {_ports[2]}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>kill -9: the store disappears mid-request, as a crashed host does.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    /// <summary>SIGSTOP: connections are still accepted by the kernel, but nothing answers.</summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    public void Dispose()
    {
        if (_process is not null)
        {
            Thaw();
            Kill();
        }

        Directory.Delete(_location, recursive: true);
    }

    private void Signal(string name)
    {
        if (_process is null)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
