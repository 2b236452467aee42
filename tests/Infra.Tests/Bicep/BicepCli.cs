using System.Diagnostics;
using System.Reflection;

namespace ComplianceFns.Infra.Tests.Bicep;

/// <summary>The Bicep CLI that tools/bicep/Bicep.props downloads on restore, run as a process (offline).</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Executable { get; } = Metadata("BicepExe");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string InfraPath(params string[] parts) => Path.Combine([RepositoryRoot, "infra", .. parts]);

    public static BicepResult Run(params string[] arguments)
    {
        if (!File.Exists(Executable))
        {
            throw new FileNotFoundException($"Bicep CLI not found at {Executable}; restore tests/Infra.Tests (it downloads Azure.Bicep.CommandLine.linux-x64).");
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry and no update checks: the machine has no internet.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Bicep CLI did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        process.WaitForExit();
        return new BicepResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
