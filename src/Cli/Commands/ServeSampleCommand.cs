using ComplianceFns.Cli.Arguments;
using ComplianceFns.SampleSite;

namespace ComplianceFns.Cli.Commands;

/// <summary><c>serve-sample [--port N]</c>: serve the bundled sample disclosure site on 127.0.0.1 until stopped.</summary>
public static class ServeSampleCommand
{
    public static CommandSpec Spec { get; } = new(
        "serve-sample",
        "在 127.0.0.1 上运行内置的示例政务公开网站，直到按 Ctrl+C 或收到 SIGTERM",
        null,
        [OptionSpec.Value("port", "N", "监听端口（默认自动选择空闲端口）")],
        RunAsync);

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
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
