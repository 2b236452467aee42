using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Cli.Commands;

/// <summary><c>inspect &lt;url&gt;...</c>: crawl a site, check its links, print findings, optionally persist them.</summary>
public static class InspectCommand
{
    public const string Usage = """
        inspect <url>... [--max-pages N] [--max-depth N] [--concurrency N] [--format table|jsonl]
                [--storage CONNECTION] [--fail-on serious|general|hint|none] [--site-id ID] [--timeout SECONDS]
                [--retries N] [--delay-ms N] [--ignore-robots] [--skip-typos] [--organ NAME]
                [--annual-report-column URL --organ-level township|county|prefecture|province|state-council
                 --organ-kind government|department [--first-report-year YYYY]]
        """;

    private static readonly HashSet<string> ValueOptions =
    [
        "max-pages", "max-depth", "concurrency", "format", "storage", "fail-on", "site-id", "timeout", "retries", "delay-ms", "organ",
        "annual-report-column", "organ-level", "organ-kind", "first-report-year",
    ];

    /// <summary>The options that only make sense with <c>--annual-report-column</c>.</summary>
    private static readonly string[] PublicationOnlyOptions = ["organ-level", "organ-kind", "first-report-year"];

    private static readonly HashSet<string> FlagOptions = ["ignore-robots", "skip-typos"];

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("inspect needs at least one start URL.");
        }

        foreach (var url in parsed.Positionals)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"'{url}' is not an absolute http(s) URL.");
            }
        }

        var site = new SiteOptions
        {
            Id = parsed.Value("site-id") ?? SiteIdOf(new Uri(parsed.Positionals[0])),
            StartUrls = parsed.Positionals,
            IgnoreRobotsTxt = parsed.Has("ignore-robots"),
            OrganName = parsed.Value("organ"),
            Organs = OrganFrom(parsed) is { } organ ? [organ] : [],
        };
        var options = CrawlOptionsFrom(parsed);
        return await InspectAndReportAsync(site, options, parsed, TimeProvider.System, console, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The organ whose annual reports the publication checks (P-*) look for, or null without
    /// <c>--annual-report-column</c>. <c>--organ</c> names it: one organ name serves the typo checks and the report
    /// titles, as in <c>check-report</c>; level and kind are required because they decide the deadline.
    /// </summary>
    public static OrganOptions? OrganFrom(ParsedArguments parsed)
    {
        if (parsed.Value("annual-report-column") is not { } column)
        {
            return PublicationOnlyOptions.FirstOrDefault(o => parsed.Value(o) is not null) is { } stray
                ? throw new UsageException($"--{stray} configures the annual-report publication checks and needs --annual-report-column URL.")
                : null;
        }

        if (!Uri.TryCreate(column, UriKind.Absolute, out var columnUri) || columnUri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--annual-report-column '{column}' is not an absolute http(s) URL.");
        }

        var name = parsed.Value("organ")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new UsageException("--annual-report-column needs --organ NAME: the organ's full name as its report titles write it.");
        }

        if (parsed.Value("organ-level") is null || parsed.Value("organ-kind") is null)
        {
            throw new UsageException("--annual-report-column needs --organ-level and --organ-kind: together they decide the publication deadline.");
        }

        var organ = new OrganOptions
        {
            Name = name,
            Level = parsed.Choice("organ-level", "county", "township", "county", "prefecture", "province", "state-council") switch
            {
                "township" => OrganLevel.Township,
                "county" => OrganLevel.County,
                "prefecture" => OrganLevel.PrefectureCity,
                "province" => OrganLevel.Province,
                _ => OrganLevel.StateCouncilDepartment,
            },
            Kind = parsed.Choice("organ-kind", "government", "government", "department") == "government" ? OrganKind.Government : OrganKind.Department,
            AnnualReportColumnUrl = columnUri.AbsoluteUri,
        };
        organ.FirstYear = parsed.Int("first-report-year", 2008, 2100) ?? organ.FirstYear;
        return organ;
    }

    public static CrawlOptions CrawlOptionsFrom(ParsedArguments parsed)
    {
        var options = new CrawlOptions();
        options.MaxPages = parsed.Int("max-pages", 1, 1_000_000) ?? options.MaxPages;
        options.MaxDepth = parsed.Int("max-depth", 0, 100) ?? options.MaxDepth;
        if (parsed.Int("concurrency", 1, 256) is { } concurrency)
        {
            // Per host (politeness is owed to each site); the overall limit only grows with it, so outside servers
            // that answer slowly wait side by side instead of one after another.
            options.PerHostConcurrency = concurrency;
            options.TotalConcurrency = Math.Max(concurrency, options.TotalConcurrency);
        }

        if (parsed.Int("timeout", 1, 600) is { } timeout)
        {
            options.RequestTimeout = TimeSpan.FromSeconds(timeout);
            options.ConnectTimeout = TimeSpan.FromSeconds(Math.Min(timeout, options.ConnectTimeout.TotalSeconds));
        }

        options.MaxRetries = parsed.Int("retries", 0, 10) ?? options.MaxRetries;
        if (parsed.Int("delay-ms", 0, 60_000) is { } delay)
        {
            options.PolitenessDelay = TimeSpan.FromMilliseconds(delay);
        }

        return options;
    }

    public static async Task<int> InspectAndReportAsync(
        SiteOptions site, CrawlOptions options, ParsedArguments parsed, TimeProvider time, CliConsole console, CancellationToken cancellationToken)
    {
        var format = parsed.Choice("format", "table", "table", "jsonl");
        var threshold = FailOnThreshold.Parse(parsed);
        var storage = parsed.Value("storage");

        var store = storage is null ? null : await OpenStoreAsync(storage, cancellationToken).ConfigureAwait(false);
        var typos = parsed.Has("skip-typos") ? null : TypoDetector.CreateDefault(new StatisticalLayer());
        var inspector = new SiteInspector(options, new SystemHostResolver(), time, typos);
        var progress = new ProgressDisplay(console.Error, console.ErrorIsTerminal);
        var result = await inspector.InspectAsync(site, progress, cancellationToken).ConfigureAwait(false);
        progress.Finish();

        // Findings are printed before they are persisted, so a storage failure never hides them.
        var summary = format == "jsonl" ? console.Error : console.Out;
        if (format == "jsonl")
        {
            JsonlFindingWriter.Write(console.Out, result.Findings);
        }
        else
        {
            TableFindingWriter.Write(console.Out, result.Findings);
        }

        var outcome = store is null ? null : await new InspectionRunner(inspector, store).PersistAsync(site, result, "cli").ConfigureAwait(false);
        SummaryWriter.Write(summary, result, outcome);
        if (result.PagesCrawled == 0 || result.Cancelled)
        {
            console.Error.WriteLine(result.Cancelled ? "错误：检查未完成，结果不完整。" : "错误：未能读取任何页面，请检查起始地址和网络。");
            return ExitCodes.Failure;
        }

        return threshold is { } t && result.Findings.Any(f => f.Severity >= t) ? ExitCodes.FindingsAtThreshold : ExitCodes.Ok;
    }

    /// <summary>Opens the store and creates its tables before the crawl, so a bad connection fails fast and clearly.</summary>
    public static async Task<TableFindingStore> OpenStoreAsync(string connectionString, CancellationToken cancellationToken)
    {
        var store = new TableFindingStore(CliStorage.CreateTableServiceClient(connectionString), new StorageOptions());
        await store.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    private static string SiteIdOf(Uri uri)
    {
        var id = uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}-{uri.Port}";
        return new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-').ToArray());
    }
}
