using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>Run records against real Azurite.</summary>
public sealed class RunHistoryTests : StoreTestBase
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Recent_runs_come_newest_first_and_are_limited()
    {
        // Saved out of order, so only the row key can put them newest first.
        foreach (var day in new[] { 2, 0, 4, 1, 3 })
        {
            await Store.SaveRunAsync(RunRecords.Sample("site", $"run-{day}", Start.AddDays(day)), Ct);
        }

        await Store.SaveRunAsync(RunRecords.Sample("other-site", "run-9", Start.AddDays(9)), Ct);

        var recent = await Store.GetRecentRunsAsync("site", 3, Ct);
        var all = await Store.GetRecentRunsAsync("site", 100, Ct);

        Assert.Equal(["run-4", "run-3", "run-2"], recent.Select(run => run.RunId));
        Assert.Equal(["run-4", "run-3", "run-2", "run-1", "run-0"], all.Select(run => run.RunId));
    }

    [Fact]
    public async Task Every_field_round_trips_including_rule_counts_and_many_long_errors()
    {
        var errors = Enumerable.Range(0, 250).Select(i => $"页面 https://a.example.gov.cn/{i}.html 抓取超时；" + new string('误', 600)).ToList();
        var run = RunRecords.Sample("site", "2025-03-03T08:00:00Z-timer", Start.AddTicks(7)) with
        {
            Status = RunStatus.CompletedWithErrors,
            Trigger = "cli",
            Errors = errors,
        };

        await Store.SaveRunAsync(run, Ct);
        var stored = Assert.Single(await Store.GetRecentRunsAsync("site", 1, Ct));

        Assert.Equal(run.RunId, stored.RunId);
        Assert.Equal(run.SiteId, stored.SiteId);
        Assert.Equal("cli", stored.Trigger);
        Assert.Equal(run.StartedAt, stored.StartedAt);
        Assert.Equal(run.FinishedAt, stored.FinishedAt);
        Assert.Equal(run.Duration, stored.Duration);
        Assert.Equal(RunStatus.CompletedWithErrors, stored.Status);
        Assert.Equal(120, stored.PagesCrawled);
        Assert.Equal(3_456, stored.LinksChecked);
        Assert.Equal(run.FindingsByRule.OrderBy(p => p.Key), stored.FindingsByRule.OrderBy(p => p.Key));
        Assert.Equal(2, stored.NewFindings);
        Assert.Equal(1, stored.ResolvedFindings);
        Assert.Equal(RunRecord.MaxErrors, stored.Errors.Count);
        Assert.Equal(run.Errors, stored.Errors);
    }

    [Fact]
    public async Task Saving_the_same_run_again_replaces_it()
    {
        var run = RunRecords.Sample("site", "run-1", Start);
        await Store.SaveRunAsync(run, Ct);

        await Store.SaveRunAsync(run with { Status = RunStatus.Failed, PagesCrawled = 7 }, Ct);

        var stored = Assert.Single(await Store.GetRecentRunsAsync("site", 10, Ct));
        Assert.Equal(RunStatus.Failed, stored.Status);
        Assert.Equal(7, stored.PagesCrawled);
    }

    [Fact]
    public async Task A_site_without_runs_has_no_history()
    {
        Assert.Empty(await Store.GetRecentRunsAsync("never-run", 5, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetRecentRunsAsync("never-run", 0, Ct));
    }
}
