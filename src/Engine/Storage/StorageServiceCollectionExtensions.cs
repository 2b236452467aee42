using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Storage;

/// <summary>Registers the table-backed finding store for the Functions app and the CLI.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <param name="fallbackConnectionSetting">
    /// The connection used when <c>Storage:ConnectionString</c> is empty (the Functions host's <c>AzureWebJobsStorage</c>):
    /// a connection string, or identity-based settings (<c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>).
    /// </param>
    public static IServiceCollection AddFindingStore(this IServiceCollection services, IConfiguration configuration, string? fallbackConnectionSetting = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connection = new FindingStoreConnection(configuration, fallbackConnectionSetting);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>>(connection);

        // A TableServiceClient registered elsewhere takes precedence.
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var resolved = connection.Resolve(options)
                ?? throw new InvalidOperationException($"Set {FindingStoreConnection.ConnectionStringSetting} to the storage account that holds the findings.");
            return StorageClientFactory.CreateTableServiceClient(resolved, budget: options.GetRetryBudget());
        });
        services.TryAddSingleton<IFindingStore>(provider => new TableFindingStore(
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<IOptions<StorageOptions>>()));
        services.TryAddSingleton<IReportTextStore>(provider => new TableReportTextStore(
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<IOptions<StorageOptions>>()));
        return services;
    }
}
