using ComplianceFns.Engine.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceFns.Engine;

/// <summary>One place that registers the engine for the Functions app and the CLI.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddComplianceEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlOptions>()
            .Bind(configuration.GetSection(CrawlOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
