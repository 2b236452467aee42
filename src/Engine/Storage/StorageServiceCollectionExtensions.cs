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
    /// A setting whose connection string is used when <c>Storage:ConnectionString</c> is empty (the Functions host's
    /// <c>AzureWebJobsStorage</c>).
    /// </param>
    public static IServiceCollection AddFindingStore(this IServiceCollection services, IConfiguration configuration, string? fallbackConnectionSetting = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.ConnectionString) && fallbackConnectionSetting is not null)
                {
                    o.ConnectionString = configuration[fallbackConnectionSetting];
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                fallbackConnectionSetting is null
                    ? $"Set {StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)} to the storage account that holds the findings."
                    : $"Set {StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)} or {fallbackConnectionSetting} to the storage account that holds the findings.")
            .ValidateOnStart();

        // A TableServiceClient registered elsewhere (e.g. with a managed identity) takes precedence.
        services.TryAddSingleton(provider =>
        {
            var connectionString = provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString;
            return new TableServiceClient(connectionString);
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
