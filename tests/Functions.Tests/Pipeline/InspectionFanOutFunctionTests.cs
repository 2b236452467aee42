using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>The timer: seeds the Sites table and enqueues one message per site, the same run id for the same occurrence.</summary>
public sealed class InspectionFanOutFunctionTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 10, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_timer_enqueues_one_message_per_site_and_a_refired_occurrence_enqueues_nothing_more()
    {
        await using var host = await FunctionsTestHost.StartAsync(Sites("alpha", "beta", "gamma"), now: Morning);
        var function = host.Create<InspectionFanOutFunction>();

        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(2)); // a late re-fire of the same 00:00 UTC occurrence
        await function.RunAsync(new TimerInfo { IsPastDue = true }, CancellationToken.None);

        var messages = (await host.ReceiveAllAsync(QueueNames.Inspections)).Select(m => InspectionMessage.Parse(m.Body.ToString())).ToList();
        Assert.Equal(["alpha", "beta", "gamma"], messages.Select(m => m.SiteId).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Equal("sched-20260310T000000Z", m.RunId));
        var registry = host.Get<SiteRegistry>();
        Assert.Equal(["alpha", "beta", "gamma"], (await registry.GetEnabledSitesAsync(CancellationToken.None)).Select(s => s.Id));
        var ledger = await host.Get<InspectionLedger>().GetAsync("beta", "sched-20260310T000000Z", CancellationToken.None);
        Assert.Equal(LedgerState.Queued, ledger?.State);
    }

    [Fact]
    public async Task The_next_occurrence_gets_a_new_run_id()
    {
        await using var host = await FunctionsTestHost.StartAsync(Sites("alpha"), now: Morning);
        var function = host.Create<InspectionFanOutFunction>();

        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(1));
        await function.RunAsync(new TimerInfo(), CancellationToken.None);

        var runIds = (await host.ReceiveAllAsync(QueueNames.Inspections)).Select(m => InspectionMessage.Parse(m.Body.ToString()).RunId).Order();
        Assert.Equal(["sched-20260310T000000Z", "sched-20260311T000000Z"], runIds);
    }

    [Fact]
    public async Task Seeding_disables_a_site_removed_from_configuration_but_keeps_manual_sites()
    {
        await using var host = await FunctionsTestHost.StartAsync(now: Morning);
        var registry = host.Get<SiteRegistry>();
        await registry.PutManualAsync(Site("manual"), enabled: true, CancellationToken.None);

        await registry.SeedAsync([Site("kept"), Site("dropped")], Morning, CancellationToken.None);
        await registry.SeedAsync([Site("kept")], Morning, CancellationToken.None);

        Assert.Equal(["kept", "manual"], (await registry.GetEnabledSitesAsync(CancellationToken.None)).Select(s => s.Id));
        var dropped = await registry.FindAsync("dropped", CancellationToken.None);
        Assert.False(dropped?.Enabled);
    }

    private static SiteOptions Site(string id) => new() { Id = id, Name = id + " 名称", StartUrls = ["http://127.0.0.1:9/"] };

    private static Dictionary<string, string?> Sites(params string[] ids)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < ids.Length; i++)
        {
            settings[$"Inspection:Sites:{i}:Id"] = ids[i];
            settings[$"Inspection:Sites:{i}:StartUrls:0"] = "http://127.0.0.1:9/";
        }

        return settings;
    }
}
