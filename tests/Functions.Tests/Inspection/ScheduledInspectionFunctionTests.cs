using ComplianceFns.Engine;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.SampleSite;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Inspection;

/// <summary>The timer function, built from the app's own registration, against real Azurite and the sample site.</summary>
public sealed class ScheduledInspectionFunctionTests : IAsyncLifetime
{
    private readonly string _prefix = AzuriteStorage.NewTablePrefix();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => AzuriteStorage.DeleteTablesWithPrefixAsync(_prefix);

    [Fact]
    public async Task A_scheduled_run_inspects_each_configured_site_and_stores_findings_and_a_run_record()
    {
        await using var server = await SampleSiteServer.StartAsync();
        using var services = BuildServices(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = server.SiteId,
            ["Inspection:Sites:0:StartUrls:0"] = server.StartUrl.AbsoluteUri,
        });
        var function = ActivatorUtilities.CreateInstance<ScheduledInspectionFunction>(services);

        await function.RunAsync(new TimerInfo { IsPastDue = false }, CancellationToken.None);

        var store = services.GetRequiredService<IFindingStore>();
        var findings = await store.GetFindingsAsync(server.SiteId, null, CancellationToken.None);
        var expected = server.ExpectedDefects();
        Assert.Equal(expected.Count, findings.Count);
        Assert.Equal(expected.Select(d => d.RuleId).Distinct().Order(), findings.Select(f => f.RuleId).Distinct().Order());
        var run = Assert.Single(await store.GetRecentRunsAsync(server.SiteId, 5, CancellationToken.None));
        Assert.Equal("timer", run.Trigger);
        Assert.Equal(findings.Count, run.NewFindings);
        Assert.True(run.PagesCrawled > 0);
    }

    [Fact]
    public void Start_up_names_a_missing_storage_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var services = new ServiceCollection().AddLogging().AddComplianceEngine(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        settings["AzureWebJobsStorage"] = AzuriteStorage.ConnectionString;
        settings["Storage:TablePrefix"] = _prefix;
        settings["Crawl:RequestTimeout"] = "00:00:02";
        settings["Crawl:ConnectTimeout"] = "00:00:02";
        settings["Crawl:MaxRetries"] = "1";
        settings["Crawl:RetryBaseDelay"] = "00:00:00.050";
        settings["Crawl:PolitenessDelay"] = "00:00:00";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging(b => b.AddFilter(_ => false))
            .AddComplianceEngine(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
