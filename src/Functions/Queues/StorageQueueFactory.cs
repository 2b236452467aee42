using System.Collections.Concurrent;
using Azure.Storage.Queues;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Functions.Queues;

/// <summary>
/// Queue clients on the account the triggers listen to (AzureWebJobsStorage, by connection string or identity), Base64-encoded as queue triggers
/// expect; each queue is created on first use (a failed creation is tried again next time).
/// </summary>
/// <param name="namePrefix">Tests only: keeps parallel tests on their own queues; the triggers use the bare names.</param>
public sealed class StorageQueueFactory(QueueServiceClient service, string namePrefix = "")
{
    private readonly ConcurrentDictionary<string, QueueClient> ready = new(StringComparer.Ordinal);

    public async Task<QueueClient> GetAsync(string name, CancellationToken ct)
    {
        if (ready.TryGetValue(name, out var client))
        {
            return client;
        }

        client = service.GetQueueClient(namePrefix + name);
        await client.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        return ready.GetOrAdd(name, client);
    }

    public static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    /// <summary>The queue service of the trigger account (connection string or managed identity), Base64-encoded.</summary>
    public static QueueServiceClient CreateServiceClient(StorageConnection connection, StorageRetryBudget? budget = null) =>
        StorageClientFactory.CreateQueueServiceClient(connection, ClientOptions(), budget);
}
