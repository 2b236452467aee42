using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.SampleSite;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>Two inspections of the sample site into real Azurite: stable fingerprints, fixes resolved.</summary>
public sealed class InspectionHistoryTests : IAsyncLifetime
{
    private readonly string _prefix = AzuriteStorage.NewTablePrefix();
    private TableFindingStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new TableFindingStore(AzuriteStorage.CreateTableServiceClient(), new StorageOptions { TablePrefix = _prefix });
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => AzuriteStorage.DeleteTablesWithPrefixAsync(_prefix);

    [Fact]
    public async Task Inspecting_twice_gives_the_same_fingerprints_and_a_fix_is_marked_resolved()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var runner = new InspectionRunner(SampleSiteInspection.Inspector(), _store);
        var site = SampleSiteInspection.Site(server);

        var first = await runner.RunAsync(site, "test", null, CancellationToken.None);
        var second = await runner.RunAsync(site, "test", null, CancellationToken.None);

        Assert.Equal(first.Result.Findings.Select(f => f.Fingerprint).Order(), second.Result.Findings.Select(f => f.Fingerprint).Order());
        Assert.Equal(first.Result.Findings.Count, first.Merge.New);
        Assert.Equal(0, second.Merge.New);
        Assert.Equal(first.Result.Findings.Count, second.Merge.StillOpen);

        var gone = server.ExpectedDefects().Single(d => d.RuleId == "link.http-410");
        server.Fix(gone.RuleId);
        var third = await runner.RunAsync(site, "test", null, CancellationToken.None);

        var fixedFinding = first.Result.Findings.Single(f => f.Reports(gone, server.BaseUri));
        Assert.Equal([fixedFinding.Fingerprint], third.Merge.ResolvedFingerprints);
        var stored = await _store.GetFindingsAsync(site.Id, null, CancellationToken.None);
        var resolved = Assert.Single(stored, f => f.Status == FindingStatus.Resolved);
        Assert.Equal(fixedFinding.Fingerprint, resolved.Fingerprint);
        Assert.Equal(third.Result.StartedAt, resolved.ResolvedAt);
        Assert.Equal(first.Result.StartedAt, resolved.FirstSeen);
        Assert.All(stored.Where(f => f.Status == FindingStatus.Open), f => Assert.Equal(first.Result.StartedAt, f.FirstSeen));

        var runs = await _store.GetRecentRunsAsync(site.Id, 10, CancellationToken.None);
        Assert.Equal(3, runs.Count);
        Assert.Equal(third.Result.RunId, runs[0].RunId);
        Assert.Equal(third.Result.PagesCrawled, runs[0].PagesCrawled);
        Assert.Equal(1, runs[0].ResolvedFindings);
    }

    [Fact]
    public async Task A_throttled_run_of_the_sample_site_resolves_nothing_and_the_next_full_run_reopens_nothing()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var runner = new InspectionRunner(SampleSiteInspection.Inspector(), _store);
        var site = SampleSiteInspection.Site(server);
        var first = await runner.RunAsync(site, "test", null, CancellationToken.None);

        server.Throttle(true);
        var throttled = await runner.RunAsync(site, "test", null, CancellationToken.None);
        server.Throttle(false);
        var third = await runner.RunAsync(site, "test", null, CancellationToken.None);

        Assert.Equal(0, throttled.Merge.Resolved);
        Assert.True(throttled.Run.UnverifiedFindings > 0);
        Assert.Equal(0, third.Merge.Reopened);
        Assert.Equal(0, third.Merge.New);
        Assert.Equal(0, third.Merge.Resolved);
        Assert.Equal(first.Result.Findings.Count, third.Merge.StillOpen);
        var stored = await _store.GetFindingsAsync(site.Id, null, CancellationToken.None);
        Assert.All(stored, f => Assert.Equal(FindingStatus.Open, f.Status));
    }

    [Fact]
    public async Task A_run_that_cannot_reach_the_site_resolves_nothing_and_records_the_error()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var runner = new InspectionRunner(SampleSiteInspection.Inspector(), _store);
        var site = SampleSiteInspection.Site(server);
        var first = await runner.RunAsync(site, "test", null, CancellationToken.None);

        var unreachable = new SiteOptions { Id = site.Id, StartUrls = [$"http://127.0.0.1:{server.RefusedPort}/"] };
        var failed = await runner.RunAsync(unreachable, "test", null, CancellationToken.None);

        Assert.Equal(0, failed.Merge.Resolved);
        Assert.Equal(RunStatus.Failed, failed.Run.Status);
        Assert.Contains(failed.Run.Errors, e => e.Contains("起始页面", StringComparison.Ordinal) && e.Contains(server.RefusedPort.ToString(), StringComparison.Ordinal));
        var open = await _store.GetFindingsAsync(site.Id, FindingStatus.Open, CancellationToken.None);
        var startPage = Assert.Single(open, f => f.RuleId == Rules.Links.LinkRules.StartPageUnreachable.Id); // the one new finding
        Assert.Equal(failed.Result.Findings.Single().Fingerprint, startPage.Fingerprint);
        Assert.Equal(first.Result.Findings.Count + 1, open.Count);
    }
}
