using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// The one place that turns a <see cref="StorageConnection"/> into service clients: from the connection string when
/// there is one, else from the service endpoint and the managed identity. Every client gets a retry budget (network
/// timeout per try, number of tries; <see cref="StorageRetryBudget.Default"/> unless given), so a silent store ends
/// an operation in bounded time. Builds clients only; contacts nothing.
/// </summary>
public static class StorageClientFactory
{
    public static TableServiceClient CreateTableServiceClient(StorageConnection connection, TableClientOptions? options = null, StorageRetryBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new TableClientOptions();
        var tag = Apply(options, budget);
        if (connection.ConnectionString is { } connectionString)
        {
            return Tagged(new TableServiceClient(connectionString, options), tag, c => c.Uri);
        }

        var (uri, credential) = connection.RequireIdentityEndpoint(StorageService.Table);
        return Tagged(new TableServiceClient(uri, credential, options), tag, c => c.Uri);
    }

    /// <remarks>Queue triggers read Base64 bodies: pass options with <c>MessageEncoding = Base64</c> for queues they listen to.</remarks>
    public static QueueServiceClient CreateQueueServiceClient(StorageConnection connection, QueueClientOptions? options = null, StorageRetryBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new QueueClientOptions();
        var tag = Apply(options, budget);
        if (connection.ConnectionString is { } connectionString)
        {
            return Tagged(new QueueServiceClient(connectionString, options), tag, c => c.Uri);
        }

        var (uri, credential) = connection.RequireIdentityEndpoint(StorageService.Queue);
        return Tagged(new QueueServiceClient(uri, credential, options), tag, c => c.Uri);
    }

    public static BlobServiceClient CreateBlobServiceClient(StorageConnection connection, BlobClientOptions? options = null, StorageRetryBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new BlobClientOptions();
        var tag = Apply(options, budget);
        if (connection.ConnectionString is { } connectionString)
        {
            return Tagged(new BlobServiceClient(connectionString, options), tag, c => c.Uri);
        }

        var (uri, credential) = connection.RequireIdentityEndpoint(StorageService.Blob);
        return Tagged(new BlobServiceClient(uri, credential, options), tag, c => c.Uri);
    }

    /// <summary>Builds the client of <paramref name="service"/> with default options (used to check a connection string).</summary>
    internal static object Create(StorageConnection connection, StorageService service) => service switch
    {
        StorageService.Table => CreateTableServiceClient(connection),
        StorageService.Queue => CreateQueueServiceClient(connection),
        StorageService.Blob => CreateBlobServiceClient(connection),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    private static StorageFailureTagPolicy Apply(ClientOptions options, StorageRetryBudget? budget) =>
        (budget ?? StorageRetryBudget.Default).ApplyTo(options);

    private static T Tagged<T>(T client, StorageFailureTagPolicy tag, Func<T, Uri> endpoint)
    {
        tag.Endpoint = endpoint(client);
        return client;
    }
}
