using Azure.Data.Tables;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine;

/// <summary>One place that registers the engine for the Functions app and the CLI.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>The connection setting used when <c>Storage:ConnectionString</c> is not set (the Functions host's own).</summary>
    public const string FallbackConnectionSetting = "AzureWebJobsStorage";

    public static IServiceCollection AddComplianceEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlOptions>()
            .Bind(configuration.GetSection(CrawlOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString ?? configuration[FallbackConnectionSetting]),
                $"Set Storage:ConnectionString or {FallbackConnectionSetting} to the storage account that holds the findings.")
            .ValidateOnStart();
        services.AddOptions<SitesOptions>()
            .Bind(configuration.GetSection(SitesOptions.SectionName))
            .Validate(o => o.Sites.All(s => s.StartUrls.Count > 0 && !string.IsNullOrWhiteSpace(s.Id)),
                "Every entry of Inspection:Sites needs an Id and at least one StartUrls entry.")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IHostResolver, SystemHostResolver>();
        services.AddSingleton(sp => new TableServiceClient(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString ?? configuration[FallbackConnectionSetting]));
        services.AddSingleton<IFindingStore>(sp => new TableFindingStore(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp => new SiteInspector(
            sp.GetRequiredService<IOptions<CrawlOptions>>().Value, sp.GetRequiredService<IHostResolver>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<InspectionRunner>();
        return services;
    }
}
