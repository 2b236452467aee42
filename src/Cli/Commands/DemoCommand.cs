using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
using ComplianceFns.SampleSite;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>demo [--storage CONNECTION] [--format table|jsonl]</c>: serve the bundled sample site on 127.0.0.1 and inspect
/// it. With storage it inspects twice, fixing one defect in between, to show the history: the second run finds the
/// same fingerprints still open and the fixed one resolved. Short timeouts keep the slow defects quick to detect.
/// </summary>
public static class DemoCommand
{
    public const string Usage = "demo [--storage CONNECTION] [--format table|jsonl] [--out DIR]";

    /// <summary>The defect the demo repairs between its two runs.</summary>
    public const string FixedBetweenRuns = "link.http-410";

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, new HashSet<string> { "storage", "format", "fail-on", "out" }, new HashSet<string>());
        await using var server = await SampleSiteServer.StartAsync(null, cancellationToken).ConfigureAwait(false);
        console.Error.WriteLine($"示例站点：{server.StartUrl}");
        var site = new SiteOptions { Id = server.SiteId, Name = SampleSiteServer.SiteName, StartUrls = [server.StartUrl.AbsoluteUri] };
        var options = DemoCrawlOptions();
        var exit = await InspectCommand.InspectAndReportAsync(site, options, parsed, console, cancellationToken).ConfigureAwait(false);
        if (parsed.Value("storage") is not { } storage)
        {
            return exit;
        }

        server.Fix(FixedBetweenRuns);
        console.Out.WriteLine();
        console.Out.WriteLine($"—— 第二次检查：示例站点已修复“{FixedBetweenRuns}”问题 ——");
        var store = await InspectCommand.OpenStoreAsync(storage, cancellationToken).ConfigureAwait(false);
        var inspector = new SiteInspector(options, new SystemHostResolver(), TimeProvider.System, TypoDetector.CreateDefault(new StatisticalLayer()));
        var second = await new InspectionRunner(inspector, store).RunAsync(site, "cli", null, cancellationToken).ConfigureAwait(false);
        SummaryWriter.Write(console.Out, second.Result, second);

        var (html, ledger) = await ReportCommand.WriteAsync(store, site.Id, parsed.Value("out") ?? "out", cancellationToken).ConfigureAwait(false);
        console.Out.WriteLine();
        console.Out.WriteLine($"检查报告：{html}");
        console.Out.WriteLine($"整改台账：{ledger}");
        return exit;
    }

    public static CrawlOptions DemoCrawlOptions() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(4),
        ConnectTimeout = TimeSpan.FromSeconds(3),
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.FromMilliseconds(200),
        PolitenessDelay = TimeSpan.Zero,
    };
}
