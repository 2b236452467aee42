using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// Which account holds the findings tables: <c>Storage:ConnectionString</c> when set, else the fallback connection
/// (the Functions host's <c>AzureWebJobsStorage</c>, a connection string or identity-based); checked at start-up.
/// </summary>
public sealed class FindingStoreConnection(IConfiguration configuration, string? fallbackConnectionSetting) : IValidateOptions<StorageOptions>
{
    public const string ConnectionStringSetting = StorageOptions.SectionName + ":" + nameof(StorageOptions.ConnectionString);

    /// <summary>Null when neither is set (only possible without a fallback).</summary>
    public StorageConnection? Resolve(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return StorageConnection.FromConnectionString(ConnectionStringSetting, options.ConnectionString);
        }

        return fallbackConnectionSetting is null ? null : StorageConnection.FromConfiguration(configuration, fallbackConnectionSetting);
    }

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var connection = Resolve(options);
        if (connection is null || !connection.IsConfigured)
        {
            return ValidateOptionsResult.Fail(fallbackConnectionSetting is null
                ? $"Set {ConnectionStringSetting} to the storage account that holds the findings."
                : $"Set {ConnectionStringSetting} or {fallbackConnectionSetting} to a storage connection string (UseDevelopmentStorage=true locally), " +
                  $"or set {fallbackConnectionSetting}__tableServiceUri (or {fallbackConnectionSetting}__accountName) with " +
                  $"{fallbackConnectionSetting}__credential={StorageConnection.ManagedIdentityCredentialName} and {fallbackConnectionSetting}__clientId " +
                  "(identity-based, as deployed in Azure): the findings tables live there.");
        }

        var problems = connection.FindProblems(StorageService.Table);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
