using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// Writes findings of every rule for two sites (some later resolved) and 30+ runs per site into Azurite, reads them
/// back with <see cref="ReportDataLoader"/>, renders the report once and saves it to a file the browser opens.
/// </summary>
public sealed class HtmlReportStoreFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Latest = new(2026, 11, 26, 0, 30, 0, TimeSpan.Zero);

    private readonly StorageOptions options = new() { TablePrefix = AzuriteStorage.NewTablePrefix() };
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));

    public IReadOnlyList<Finding> StoredOpen { get; private set; } = [];

    public IReadOnlyList<Finding> StoredResolved { get; private set; } = [];

    public ReportData Data { get; private set; } = null!;

    public string Html { get; private set; } = string.Empty;

    public string ReportPath { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var ct = timeout.Token;
        var store = new TableFindingStore(AzuriteStorage.CreateTableServiceClient(), options);
        string[] scopes = ["link.", "typo."];
        foreach (var (site, runCount) in HtmlReportFindings.Sites.Zip([32, 31]))
        {
            var current = HtmlReportFindings.CurrentFindings(site);
            var fixedOnes = HtmlReportFindings.FixedFindings(site);
            var runs = HtmlReportFindings.Runs(site, runCount, Latest, current, fixedOnes);
            await store.MergeRunAsync(site, runs[^2].RunId, current.Concat(fixedOnes).ToList(), scopes, runs[^2].StartedAt, ct);
            await store.MergeRunAsync(site, runs[^1].RunId, current, scopes, runs[^1].StartedAt, ct);
            foreach (var run in runs)
            {
                await store.SaveRunAsync(run, ct);
            }
        }

        StoredOpen = await store.GetFindingsAsync(null, FindingStatus.Open, ct);
        StoredResolved = await store.GetFindingsAsync(null, FindingStatus.Resolved, ct);
        Data = await ReportDataLoader.LoadAsync(store, null, Latest.AddMinutes(20), ct);
        Html = HtmlReportRenderer.Render(Data);

        var folder = Directory.CreateTempSubdirectory("html-report-");
        ReportPath = Path.Combine(folder.FullName, "report.html");
        await File.WriteAllTextAsync(ReportPath, Html, ct);
    }

    public async Task DisposeAsync()
    {
        await AzuriteStorage.DeleteTablesWithPrefixAsync(options.TablePrefix);
        timeout.Dispose();
        var folder = Path.GetDirectoryName(ReportPath);
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
