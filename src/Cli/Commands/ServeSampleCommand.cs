using ComplianceFns.Cli.Arguments;
using ComplianceFns.SampleSite;

namespace ComplianceFns.Cli.Commands;

/// <summary><c>serve-sample [--port N]</c>: serve the bundled sample disclosure site on 127.0.0.1 until stopped.</summary>
public static class ServeSampleCommand
{
    public const string Usage = "serve-sample [--port N]";

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "port" }, new HashSet<string>());
        var options = new SampleSiteOptions { Port = parsed.Int("port", 1, 65535) ?? 0 };
        await using var server = await SampleSiteServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        console.Out.WriteLine($"示例站点已启动：{server.StartUrl}（按 Ctrl+C 停止）");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        return ExitCodes.Ok;
    }
}
