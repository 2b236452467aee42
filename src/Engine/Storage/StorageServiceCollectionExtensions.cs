using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Storage;

/// <summary>Registers the table-backed finding store for the Functions app and the CLI.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddFindingStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A TableServiceClient registered elsewhere (e.g. with a managed identity) takes precedence.
        services.TryAddSingleton(provider =>
        {
            var connectionString = provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString;
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Storage:ConnectionString is not configured and no TableServiceClient is registered.")
                : new TableServiceClient(connectionString);
        });
        services.TryAddSingleton<IFindingStore>(provider => new TableFindingStore(
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<IOptions<StorageOptions>>()));
        return services;
    }
}
