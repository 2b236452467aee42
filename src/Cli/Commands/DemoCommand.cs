using ComplianceFns.Cli.Arguments;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.SampleSite;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>demo [--storage CONNECTION] [--format table|jsonl]</c>: serve the bundled sample site on 127.0.0.1 and inspect
/// it, persisting to storage when given. Short timeouts keep the slow and trickling defects quick to detect.
/// </summary>
public static class DemoCommand
{
    public const string Usage = "demo [--storage CONNECTION] [--format table|jsonl]";

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "storage", "format", "fail-on" }, new HashSet<string>());
        await using var server = await SampleSiteServer.StartAsync(null, cancellationToken).ConfigureAwait(false);
        console.Error.WriteLine($"示例站点：{server.StartUrl}");
        var site = new SiteOptions { Id = server.SiteId, Name = "示例县人民政府", StartUrls = [server.StartUrl.AbsoluteUri] };
        var options = new CrawlOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(3),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(200),
            PolitenessDelay = TimeSpan.Zero,
        };
        return await InspectCommand.InspectAndReportAsync(site, options, parsed, console, cancellationToken).ConfigureAwait(false);
    }
}
