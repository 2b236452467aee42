using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
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
        services.AddSingleton<IValidateOptions<CrawlOptions>, CrawlOptionsValidator>();
        services.AddOptions<SitesOptions>()
            .Bind(configuration.GetSection(SitesOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SitesOptions>, SitesOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IHostResolver, SystemHostResolver>();

        // Findings live in the Functions host's own storage account unless Storage:ConnectionString names another.
        services.AddFindingStore(configuration, FallbackConnectionSetting);
        // The typo detector's dictionaries load once (about 0.5 s) and are shared by every inspection.
        services.AddSingleton(_ => TypoDetector.CreateDefault(new StatisticalLayer()));
        services.AddSingleton(sp => new SiteInspector(
            sp.GetRequiredService<IOptions<CrawlOptions>>().Value, sp.GetRequiredService<IHostResolver>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TypoDetector>()));
        services.AddSingleton<InspectionRunner>();
        services.AddSingleton(sp => new AnnualReportCheckService(
            sp.GetRequiredService<IOptions<CrawlOptions>>().Value, sp.GetRequiredService<IHostResolver>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IFindingStore>(), sp.GetService<IReportTextStore>()));
        return services;
    }
}
