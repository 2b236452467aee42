using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Hosting;

/// <summary>
/// The trigger account must reach queues (fan-out, dispatch) and blobs (the host's leases, uploads); a connection
/// string or the identity-based settings, with a message that names both when neither is set.
/// </summary>
public sealed class TriggerStorageOptionsValidator : IValidateOptions<TriggerStorageOptions>
{
    private const string Name = StorageConnection.HostConnectionName;

    public ValidateOptionsResult Validate(string? name, TriggerStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Connection is not { IsConfigured: true } connection)
        {
            return ValidateOptionsResult.Fail(
                $"Set {Name} to a storage connection string (UseDevelopmentStorage=true locally), or set {Name}__queueServiceUri and " +
                $"{Name}__blobServiceUri (or {Name}__accountName) with {Name}__credential={StorageConnection.ManagedIdentityCredentialName} " +
                $"and {Name}__clientId (identity-based, as deployed in Azure): the queue triggers listen there and inspection messages are sent there.");
        }

        var problems = connection.FindProblems(StorageService.Queue, StorageService.Blob);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
