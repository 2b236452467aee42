using ComplianceFns.Cli.Arguments;
using ComplianceFns.Engine.Reporting;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>report [--storage CONNECTION] [--site S] [--out DIR] [--deadline-days 1,5,10]</c>: the findings report (HTML)
/// and the rectification ledger (.xlsx) from the store; prints their paths.
/// </summary>
public static class ReportCommand
{
    public static CommandSpec Spec { get; } = new(
        "report",
        "从存储生成检查报告（HTML）和整改台账（.xlsx），并打印两个文件的路径",
        null,
        [
            OptionSpec.Value("storage", "CONNECTION", "存储连接字符串（默认 UseDevelopmentStorage=true，即本机 Azurite）"),
            OptionSpec.Value("site", "S", "只包括该站点（默认全部站点）"),
            CommonOptions.Out,
            CommonOptions.DeadlineDays,
        ],
        RunAsync);

    public const string HtmlFileName = "findings-report.html";

    public const string LedgerFileName = "rectification-ledger.xlsx";

    /// <summary>Azurite on its default ports, as <c>scripts/azurite.sh</c> starts it.</summary>
    public const string LocalStorage = "UseDevelopmentStorage=true";

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        var deadlines = parsed.DeadlineDays();
        var store = await InspectCommand.OpenStoreAsync(parsed.Value("storage") ?? LocalStorage, cancellationToken).ConfigureAwait(false);
        var (html, ledger) = await WriteAsync(store, parsed.Value("site"), parsed.Value("out") ?? "out", cancellationToken, deadlines: deadlines).ConfigureAwait(false);
        console.Out.WriteLine($"检查报告：{html}");
        console.Out.WriteLine($"整改台账：{ledger}");
        return ExitCodes.Ok;
    }

    /// <summary>Writes both files into <paramref name="folder"/> and returns their full paths.</summary>
    /// <param name="siteNames">Display names by site id when the caller knows the sites' configuration; else ids.</param>
    /// <param name="deadlines">整改时限 by severity; null keeps the defaults.</param>
    public static async Task<(string Html, string Ledger)> WriteAsync(
        Engine.Storage.IFindingStore store, string? site, string folder, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? siteNames = null, RectificationDeadlineOptions? deadlines = null)
    {
        var data = await ReportDataLoader.LoadAsync(store, site, DateTimeOffset.UtcNow, siteNames, cancellationToken).ConfigureAwait(false);
        data = data with { Deadlines = deadlines ?? new RectificationDeadlineOptions() };
        Directory.CreateDirectory(folder);
        var html = Path.GetFullPath(Path.Combine(folder, HtmlFileName));
        await File.WriteAllTextAsync(html, HtmlReportRenderer.Render(data), cancellationToken).ConfigureAwait(false);
        var ledger = Path.GetFullPath(Path.Combine(folder, LedgerFileName));
        await using (var stream = File.Create(ledger))
        {
            RectificationLedgerWriter.Write(data, stream);
        }

        return (html, ledger);
    }
}
