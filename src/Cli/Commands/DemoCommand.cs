using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.AnnualReports;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>demo [--storage CONNECTION] [--format table|jsonl] [--out DIR]</c>: the whole product on the bundled sample.
/// Serves the sample site on 127.0.0.1 and inspects it with its organ configured (links, typos, annual-report
/// publication), then checks the organ's bundled 2024 annual report. With storage it keeps those findings, inspects
/// again after fixing one defect to show the history, and writes the findings report and the ledger.
/// The clock starts at <see cref="SampleSiteManifest.PublicationAsOf"/>, so the publication findings are the
/// manifest's on any day the demo runs; findings are stamped with that date too.
/// </summary>
public static class DemoCommand
{
    public static CommandSpec Spec { get; } = new(
        "demo",
        "用内置示例网站演示全部检查：抓取检查、年报核查；给出存储时再检查一次以展示整改历史，并生成报告、台账和邮件预览",
        null,
        [CommonOptions.Storage, CommonOptions.Format, CommonOptions.FailOn, CommonOptions.Out, CommonOptions.MailOut, CommonOptions.MailTo],
        RunAsync);

    /// <summary>Who the demo's mail previews are addressed to, unless --mail-to says otherwise.</summary>
    public const string SampleRecipient = "zhiban@example.org";

    /// <summary>The defect the demo repairs between its two runs.</summary>
    public const string FixedBetweenRuns = "link.http-410";

    /// <summary>Printed once, so nobody reads the deadline findings as today's.</summary>
    public static string ClockNote => $"（示例按{SampleSiteManifest.PublicationAsOf:yyyy-MM-dd}检查发布期限）";

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        // With jsonl, stdout carries only findings (site, then report); every line of prose goes to stderr.
        var jsonl = parsed.Choice("format", "table", "table", "jsonl") == "jsonl";
        var prose = jsonl ? console.Error : console.Out;
        await using var server = await SampleSiteServer.StartAsync(null, cancellationToken).ConfigureAwait(false);
        console.Error.WriteLine($"示例站点：{server.StartUrl}");
        prose.WriteLine(ClockNote);
        var clock = new ShiftedClock(SampleSiteManifest.PublicationAsOf);
        var site = SampleSiteOptions(server);
        var options = DemoCrawlOptions();
        var mail = InspectCommand.MailRequest(parsed, fallbackRecipients: [SampleRecipient]);
        var since = clock.GetUtcNow();
        var (exit, first) = await InspectCommand.InspectAndReportAsync(site, options, parsed, clock, console, cancellationToken).ConfigureAwait(false);
        if (exit == ExitCodes.Failure)
        {
            return exit;
        }

        prose.WriteLine();
        prose.WriteLine($"—— 年报核查：{SampleAnnualReport.FileName}（示例内置） ——");
        var storage = parsed.Value("storage");
        var store = storage is null ? null : await InspectCommand.OpenStoreAsync(storage, cancellationToken).ConfigureAwait(false);
        var reportTexts = storage is null ? null : await OpenReportTextsAsync(storage, cancellationToken).ConfigureAwait(false);
        var reports = new AnnualReportCheckService(options, new SystemHostResolver(), clock, store, reportTexts);
        var reportRun = await reports.CheckAsync(
            [ReportInput.FromFile(SampleAnnualReport.FileName, SampleAnnualReport.Utf8Bytes())],
            new ReportCheckRequest(site.Id) { Organ = SampleOrgan(), Trigger = "demo" },
            cancellationToken).ConfigureAwait(false);
        if (jsonl)
        {
            ReportJsonlWriter.Write(console.Out, reportRun);
            ReportTableWriter.WriteSummary(console.Error, reportRun);
        }
        else
        {
            ReportTableWriter.Write(console.Out, reportRun);
        }

        if (exit == ExitCodes.Ok && ReportFindingsAtThreshold(parsed, reportRun))
        {
            exit = ExitCodes.FindingsAtThreshold;
        }

        if (store is null)
        {
            return exit;
        }

        server.Fix(FixedBetweenRuns);
        prose.WriteLine();
        prose.WriteLine($"—— 第二次检查：示例站点已修复“{FixedBetweenRuns}”问题 ——");
        var inspector = new SiteInspector(options, new SystemHostResolver(), clock, TypoDetector.CreateDefault(new StatisticalLayer()));
        var progress = ProgressDisplay.For(console);
        InspectionOutcome second;
        try
        {
            second = await new InspectionRunner(inspector, store).RunAsync(site, "cli", progress, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            progress.Finish();
            throw;
        }

        progress.Finish(second.Result);
        SummaryWriter.Write(prose, second.Result, second);

        var (html, ledger) = await ReportCommand.WriteAsync(
            store, site.Id, parsed.Value("out") ?? "out", cancellationToken, ReportDataLoader.SiteNamesOf([site])).ConfigureAwait(false);
        prose.WriteLine();
        prose.WriteLine($"检查报告：{html}");
        prose.WriteLine($"整改台账：{ledger}");

        // The mails the Functions app would send: the alert the first inspection raised (new serious findings) and the
        // digest of everything this demo found, into the output folder unless --mail-out names another.
        var (folder, to) = mail ?? (parsed.Value("out") ?? "out", [SampleRecipient]);
        var files = await MailPreviewWriter.WriteAsync(folder, to, site, first!, second.Run, store, since, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        InspectCommand.WriteMailPaths(prose, files);
        return exit;
    }

    /// <summary>The sample site with its organ: the 政府信息公开年报 column the publication checks read.</summary>
    public static SiteOptions SampleSiteOptions(SampleSiteServer server) => new()
    {
        Id = server.SiteId,
        Name = SampleSiteServer.SiteName,
        StartUrls = [server.StartUrl.AbsoluteUri],
        OrganName = SampleSiteManifest.AnnualReportOrganName,
        Organs =
        [
            new OrganOptions
            {
                Name = SampleSiteManifest.AnnualReportOrganName,
                Level = Enum.Parse<OrganLevel>(SampleSiteManifest.AnnualReportOrganLevel),
                Kind = Enum.Parse<OrganKind>(SampleSiteManifest.AnnualReportOrganKind),
                AnnualReportColumnUrl = new Uri(server.BaseUri, SampleSiteManifest.AnnualReportColumnPath).AbsoluteUri,
                FirstYear = SampleSiteManifest.AnnualReportFirstYear,
            },
        ],
    };

    public static CrawlOptions DemoCrawlOptions() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(4),
        ConnectTimeout = TimeSpan.FromSeconds(3),
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.FromMilliseconds(200),
        PolitenessDelay = TimeSpan.Zero,
    };

    private static OrganProfile SampleOrgan() => new(
        SampleSiteManifest.AnnualReportOrganName,
        Enum.Parse<OrganLevel>(SampleSiteManifest.AnnualReportOrganLevel),
        Enum.Parse<OrganKind>(SampleSiteManifest.AnnualReportOrganKind));

    /// <summary>--fail-on applies to the report's findings as to the site's.</summary>
    private static bool ReportFindingsAtThreshold(ParsedArguments parsed, ReportCheckRun run) =>
        FailOnThreshold.Parse(parsed) is { } threshold && run.Results.SelectMany(r => r.Findings).Any(f => f.Severity >= threshold);

    /// <summary>The report texts live next to the findings, so a later year's check can reconcile with this one.</summary>
    private static async Task<TableReportTextStore> OpenReportTextsAsync(string connectionString, CancellationToken cancellationToken)
    {
        // The connection string was already accepted by the findings store.
        var texts = new TableReportTextStore(CliStorage.CreateTableServiceClient(connectionString), new StorageOptions());
        await texts.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return texts;
    }

    /// <summary>Real time, moved to start at a fixed moment: timeouts and delays behave, dates are the sample's.</summary>
    private sealed class ShiftedClock(DateTimeOffset startAt) : TimeProvider
    {
        private readonly TimeSpan _shift = startAt - System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
    }
}
