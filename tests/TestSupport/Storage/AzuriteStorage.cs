using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;

namespace ComplianceFns.TestSupport.Storage;

/// <summary>
/// The storage account tests use: <c>COMPLIANCEFNS_TEST_STORAGE</c>, else a local Azurite on 127.0.0.1
/// (ports from AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT, default 10000-10002).
/// When the table port does not accept, <c>scripts/azurite.sh start</c> runs once per test process. If storage still
/// cannot be reached, every use throws with the reason, so storage tests fail loudly instead of passing silently.
/// Azurite started here is left running for other test processes; <c>scripts/azurite.sh stop</c> ends it.
/// </summary>
public static class AzuriteStorage
{
    public const string ConnectionStringVariable = "COMPLIANCEFNS_TEST_STORAGE";

    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known, public Azurite/emulator key; not a secret.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan AcceptTimeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string> ReadyConnectionString = new(EnsureReachable, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string whose table endpoint accepts connections; throws with the reason otherwise.</summary>
    public static string ConnectionString => ReadyConnectionString.Value;

    /// <summary>The explicit Azurite connection string for 127.0.0.1 with the given (or configured) ports.</summary>
    public static string DevelopmentConnectionString(int? blobPort = null, int? queuePort = null, int? tablePort = null)
    {
        var blob = blobPort ?? PortFromEnvironment("AZURITE_BLOB_PORT", 10000);
        var queue = queuePort ?? PortFromEnvironment("AZURITE_QUEUE_PORT", 10001);
        var table = tablePort ?? PortFromEnvironment("AZURITE_TABLE_PORT", 10002);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{DevelopmentAccountName};" +
            $"QueueEndpoint=http://127.0.0.1:{queue}/{DevelopmentAccountName};" +
            $"TableEndpoint=http://127.0.0.1:{table}/{DevelopmentAccountName};");
    }

    public static TableServiceClient CreateTableServiceClient() => new(ConnectionString);

    /// <summary>
    /// A table-name prefix no other test shares: a letter then 15 letters/digits, so prefix + a name of up to
    /// 47 characters is a valid table name.
    /// </summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..15];

    /// <summary>Deletes the tables a test created under its prefix.</summary>
    public static async Task DeleteTablesWithPrefixAsync(string prefix, CancellationToken ct = default)
    {
        var client = CreateTableServiceClient();
        var names = new List<string>();
        await foreach (var table in client.QueryAsync(cancellationToken: ct).ConfigureAwait(false))
        {
            if (table.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                names.Add(table.Name);
            }
        }

        foreach (var name in names)
        {
            await client.DeleteTableAsync(name, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The folder holding ComplianceFns.sln, found by walking up from the test binaries.</summary>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceFns.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"ComplianceFns.sln not found above {AppContext.BaseDirectory}.");
    }

    private static string EnsureReachable()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        var connectionString = string.IsNullOrWhiteSpace(configured) ? DevelopmentConnectionString() : configured;
        var table = Endpoint(connectionString, "TableEndpoint", 10002);
        if (!IPAddress.TryParse(table.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new InvalidOperationException(
                $"Test storage must be on 127.0.0.1, but the table endpoint is {table}. Fix {ConnectionStringVariable}.");
        }

        if (Accepts(table.Port))
        {
            return connectionString;
        }

        var (exitCode, output) = RunStartScript(
            Endpoint(connectionString, "BlobEndpoint", 10000).Port,
            Endpoint(connectionString, "QueueEndpoint", 10001).Port,
            table.Port);
        // The script itself waits for the ports; after a failed start only a short grace period is worth waiting.
        var deadline = DateTime.UtcNow + (exitCode == 0 ? AcceptTimeout : TimeSpan.FromSeconds(2));
        while (DateTime.UtcNow < deadline)
        {
            if (Accepts(table.Port))
            {
                return connectionString;
            }

            Thread.Sleep(200);
        }

        throw new InvalidOperationException(
            $"Azurite is not reachable at 127.0.0.1:{table.Port}, so storage tests cannot run. " +
            $"'scripts/azurite.sh start' exited with {exitCode}:{Environment.NewLine}{output}{Environment.NewLine}" +
            $"Start it by hand (bash scripts/azurite.sh start) or set {ConnectionStringVariable}.");
    }

    private static (int ExitCode, string Output) RunStartScript(int blobPort, int queuePort, int tablePort)
    {
        string script;
        try
        {
            script = Path.Combine(FindRepositoryRoot(), "scripts", "azurite.sh");
        }
        catch (InvalidOperationException exception)
        {
            return (-1, exception.Message);
        }

        var startInfo = new ProcessStartInfo("bash")
        {
            ArgumentList = { script, "start" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["AZURITE_BLOB_PORT"] = blobPort.ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["AZURITE_QUEUE_PORT"] = queuePort.ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["AZURITE_TABLE_PORT"] = tablePort.ToString(CultureInfo.InvariantCulture);

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("bash could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ScriptTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {ScriptTimeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, (stdout.Result + stderr.Result).Trim());
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(IPAddress.Loopback, port).Wait(TimeSpan.FromSeconds(2)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static Uri Endpoint(string connectionString, string key, int defaultPort)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.TryGetValue(key, out var value) && value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{defaultPort}/{DevelopmentAccountName}"));
    }

    private static int PortFromEnvironment(string variable, int defaultPort) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? port
            : defaultPort;
}
