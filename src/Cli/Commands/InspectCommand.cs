using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Cli.Commands;

/// <summary><c>inspect &lt;url&gt;...</c>: crawl a site, check its links, print findings, optionally persist them.</summary>
public static class InspectCommand
{
    public static CommandSpec Spec { get; } = new(
        "inspect",
        "抓取网站并检查断链、错链、错别字（可选：年报发布情况），列出发现的问题",
        new PositionalSpec("网址", "起始网址（http 或 https），可给多个；只抓取这些网址所在的主机"),
        [
            OptionSpec.Value("max-pages", "N", "最多抓取的页面数"),
            OptionSpec.Value("max-depth", "N", "从起始页起最多跟随几层链接"),
            OptionSpec.Value("concurrency", "N", "对每个主机同时发出的请求数"),
            CommonOptions.Format,
            CommonOptions.Storage,
            CommonOptions.FailOn,
            OptionSpec.Value("site-id", "ID", "存储中的站点标识（默认由第一个网址的主机名得出）"),
            OptionSpec.Value("timeout", "SECONDS", "每次请求最长等待的秒数"),
            OptionSpec.Value("retries", "N", "遇到 429、503 或连接中断时的重试次数"),
            OptionSpec.Value("delay-ms", "N", "对同一主机两次请求之间至少间隔的毫秒数"),
            OptionSpec.Flag("ignore-robots", "不遵守网站的 robots.txt"),
            OptionSpec.Flag("skip-typos", "不检查错别字"),
            CommonOptions.Organ,
            OptionSpec.Value("annual-report-column", "URL", "政府信息公开年报栏目地址：开启年报发布检查（需同时给 --organ、--organ-level、--organ-kind）"),
            CommonOptions.OrganLevel,
            CommonOptions.OrganKind,
            OptionSpec.Value("first-report-year", "YYYY", "应公开年报的第一个年度（默认 2019）"),
            CommonOptions.MailOut,
            CommonOptions.MailTo,
        ],
        RunAsync);

    /// <summary>The options that only make sense with <c>--annual-report-column</c>.</summary>
    private static readonly string[] PublicationOnlyOptions = ["organ-level", "organ-kind", "first-report-year"];

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("inspect 需要至少一个起始网址");
        }

        foreach (var url in parsed.Positionals)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"“{url}”不是完整的 http 或 https 网址");
            }
        }

        var site = new SiteOptions
        {
            Id = parsed.Value("site-id") ?? SiteIdOf(new Uri(parsed.Positionals[0])),
            StartUrls = [.. parsed.Positionals],
            IgnoreRobotsTxt = parsed.Has("ignore-robots"),
            OrganName = parsed.Value("organ"),
            Organs = OrganFrom(parsed) is { } organ ? [organ] : [],
        };
        var options = CrawlOptionsFrom(parsed);
        var mail = MailRequest(parsed, fallbackRecipients: null);
        var (exit, outcome) = await InspectAndReportAsync(site, options, parsed, TimeProvider.System, console, cancellationToken).ConfigureAwait(false);
        if (mail is { } request && outcome is not null)
        {
            var now = TimeProvider.System.GetUtcNow();
            var store = await OpenStoreAsync(parsed.Value("storage")!, cancellationToken).ConfigureAwait(false);
            var files = await MailPreviewWriter.WriteAsync(
                request.Folder, request.To, site, outcome, outcome.Run, store, now - DigestService.FirstDigestPeriod, now, cancellationToken).ConfigureAwait(false);
            WriteMailPaths(format: parsed.Value("format") == "jsonl" ? console.Error : console.Out, files);
        }

        return exit;
    }

    /// <summary>
    /// <c>--mail-out DIR</c> and its recipients, or null without it. The alert and the digest say what is new, which
    /// only the store's history knows, so <c>--storage</c> is required.
    /// </summary>
    public static (string Folder, IReadOnlyList<string> To)? MailRequest(ParsedArguments parsed, IReadOnlyList<string>? fallbackRecipients)
    {
        if (parsed.Value("mail-out") is not { } folder)
        {
            return parsed.Value("mail-to") is null || fallbackRecipients is not null
                ? null
                : throw new UsageException("--mail-to 需与 --mail-out 文件夹同用");
        }

        if (parsed.Value("storage") is null)
        {
            throw new UsageException("--mail-out 需要 --storage：告警和每日汇总列出的“新发现”要与存储中的历史比较才能得出");
        }

        var to = parsed.Value("mail-to") is { } list ? MailPreviewWriter.Recipients(list) : fallbackRecipients ?? [];
        return to.Count == 0 ? throw new UsageException("--mail-out 需要 --mail-to 收件人邮箱") : (folder, to);
    }

    /// <summary>Where the previews are, one line each.</summary>
    public static void WriteMailPaths(TextWriter format, IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            format.WriteLine(Path.GetFileName(file) == MailPreviewWriter.AlertFileName ? $"告警邮件（预览）：{file}" : $"每日汇总邮件（预览）：{file}");
        }
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
                ? throw new UsageException($"--{stray} 用于年报发布检查，需同时给出 --annual-report-column 年报栏目地址")
                : null;
        }

        if (!Uri.TryCreate(column, UriKind.Absolute, out var columnUri) || columnUri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--annual-report-column 的“{column}”不是完整的 http 或 https 网址");
        }

        var name = parsed.Value("organ")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new UsageException("--annual-report-column 需要 --organ 机关全称（与年报标题中的写法一致）");
        }

        if (parsed.Value("organ-level") is null || parsed.Value("organ-kind") is null)
        {
            throw new UsageException("--annual-report-column 需要 --organ-level 和 --organ-kind：二者共同决定年报公布期限");
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

    public static async Task<(int Exit, InspectionOutcome? Outcome)> InspectAndReportAsync(
        SiteOptions site, CrawlOptions options, ParsedArguments parsed, TimeProvider time, CliConsole console, CancellationToken cancellationToken)
    {
        var format = parsed.Choice("format", "table", "table", "jsonl");
        var threshold = FailOnThreshold.Parse(parsed);
        var storage = parsed.Value("storage");

        // The store opens while the site is crawled: a store that is down or silent costs no extra time, and it never
        // stops the checks. A bad connection string is still a usage error, found before any work.
        var storeOpening = storage is null ? null : OpenStoreInBackground(storage, cancellationToken);
        var typos = parsed.Has("skip-typos") ? null : TypoDetector.CreateDefault(new StatisticalLayer());
        var inspector = new SiteInspector(options, new SystemHostResolver(), time, typos);
        var progress = ProgressDisplay.For(console);
        InspectionResult result;
        try
        {
            result = await inspector.InspectAsync(site, progress, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            progress.Finish();
            throw;
        }

        progress.Finish(result);

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

        InspectionOutcome? outcome = null;
        Exception? storageFailure = null;
        if (storeOpening is not null)
        {
            try
            {
                var store = await storeOpening.ConfigureAwait(false);
                outcome = await new InspectionRunner(inspector, store).PersistAsync(site, result, "cli").ConfigureAwait(false);
            }
            catch (Exception ex) when (StorageFailureText.Describe(ex) is not null)
            {
                storageFailure = ex;
            }
        }

        SummaryWriter.Write(summary, result, outcome);
        if (storageFailure is not null)
        {
            throw new RunNotStoredException(storageFailure);
        }

        if (result.PagesCrawled == 0 || result.Cancelled)
        {
            console.Error.WriteLine(result.Cancelled ? "错误：检查未完成，结果不完整。" : "错误：未能读取任何页面，请检查起始地址和网络。");
            return (ExitCodes.Failure, outcome);
        }

        return (threshold is { } t && result.Findings.Any(f => f.Severity >= t) ? ExitCodes.FindingsAtThreshold : ExitCodes.Ok, outcome);
    }

    /// <summary>
    /// Starts opening the store (creating its tables); the client is built now, so a malformed connection string is a
    /// usage error before the crawl, while an unreachable store fails the returned task.
    /// </summary>
    private static Task<TableFindingStore> OpenStoreInBackground(string connectionString, CancellationToken cancellationToken)
    {
        var store = new TableFindingStore(CliStorage.CreateTableServiceClient(connectionString), new StorageOptions());
        return Ready(store);

        async Task<TableFindingStore> Ready(TableFindingStore opened)
        {
            await opened.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
            return opened;
        }
    }

    /// <summary>Opens the store and creates its tables, so a bad connection fails fast and clearly.</summary>
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
