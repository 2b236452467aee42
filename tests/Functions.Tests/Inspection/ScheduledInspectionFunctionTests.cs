using ComplianceFns.Engine;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;
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
        var expected = server.ExpectedDefects().Select(d => d.RuleId).Concat(SampleSiteManifest.ExpectedTypos.Select(t => t.RuleId)).ToList();
        Assert.Equal(expected.Count, findings.Count);
        Assert.Equal(expected.Distinct().Order(), findings.Select(f => f.RuleId).Distinct().Order());
        var run = Assert.Single(await store.GetRecentRunsAsync(server.SiteId, 5, CancellationToken.None));
        Assert.Equal("timer", run.Trigger);
        Assert.Equal(findings.Count, run.NewFindings);
        Assert.True(run.PagesCrawled > 0);
    }

    [Fact]
    public async Task A_failing_site_does_not_stop_the_others_and_the_invocation_fails_naming_it()
    {
        await using var server = await SampleSiteServer.StartAsync();
        using var services = BuildServices(new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = "first",
            ["Inspection:Sites:0:StartUrls:0"] = server.StartUrl.AbsoluteUri,
            ["Inspection:Sites:1:Id"] = "second",
            ["Inspection:Sites:1:StartUrls:0"] = server.StartUrl.AbsoluteUri,
        }, storageDown: true);
        var function = ActivatorUtilities.CreateInstance<ScheduledInspectionFunction>(services);

        var error = await Assert.ThrowsAsync<ComplianceFns.Engine.Inspection.InspectionFailedException>(
            () => function.RunAsync(new TimerInfo(), CancellationToken.None));

        Assert.Contains("2 个站点检查失败", error.Message, StringComparison.Ordinal);
        Assert.Contains("first", error.Message, StringComparison.Ordinal);
        Assert.Contains("second", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_names_a_site_with_a_bad_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Inspection:Sites:0:Id"] = "bad/id",
            ["Inspection:Sites:0:StartUrls:0"] = "ftp://example.gov.cn/",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddComplianceEngine(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SitesOptions>>().Value);
        Assert.Contains("Inspection:Sites:0 (bad/id)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Site Id must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_names_a_missing_storage_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var services = new ServiceCollection().AddLogging().AddComplianceEngine(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider BuildServices(Dictionary<string, string?> settings, bool storageDown = false)
    {
        settings["AzureWebJobsStorage"] = AzuriteStorage.ConnectionString;
        settings["Storage:TablePrefix"] = _prefix;
        settings["Crawl:RequestTimeout"] = "00:00:04";
        settings["Crawl:ConnectTimeout"] = "00:00:02";
        settings["Crawl:MaxRetries"] = "1";
        settings["Crawl:RetryBaseDelay"] = "00:00:00.050";
        settings["Crawl:PolitenessDelay"] = "00:00:00";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddFilter(_ => false))
            .AddComplianceEngine(configuration);
        if (storageDown)
        {
            // A table endpoint on a closed loopback port, without SDK retries: every write fails at once.
            var port = FreePort();
            var down = AzuriteStorage.DevelopmentConnectionString(tablePort: port);
            services.AddSingleton(new Azure.Data.Tables.TableServiceClient(down, new Azure.Data.Tables.TableClientOptions { Retry = { MaxRetries = 0 } }));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
