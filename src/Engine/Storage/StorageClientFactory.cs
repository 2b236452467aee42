using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// The one place that turns a <see cref="StorageConnection"/> into service clients: from the connection string when
/// there is one, else from the service endpoint and the managed identity. Builds clients only; contacts nothing.
/// </summary>
public static class StorageClientFactory
{
    public static TableServiceClient CreateTableServiceClient(StorageConnection connection, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.ConnectionString is { } connectionString)
        {
            return new TableServiceClient(connectionString, options ?? new TableClientOptions());
        }

        var (uri, credential) = connection.RequireIdentityEndpoint(StorageService.Table);
        return new TableServiceClient(uri, credential, options ?? new TableClientOptions());
    }

    /// <remarks>Queue triggers read Base64 bodies: pass options with <c>MessageEncoding = Base64</c> for queues they listen to.</remarks>
    public static QueueServiceClient CreateQueueServiceClient(StorageConnection connection, QueueClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.ConnectionString is { } connectionString)
        {
            return new QueueServiceClient(connectionString, options ?? new QueueClientOptions());
        }

        var (uri, credential) = connection.RequireIdentityEndpoint(StorageService.Queue);
        return new QueueServiceClient(uri, credential, options ?? new QueueClientOptions());
    }

    public static BlobServiceClient CreateBlobServiceClient(StorageConnection connection, BlobClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.ConnectionString is { } connectionString)
        {
            return new BlobServiceClient(connectionString, options ?? new BlobClientOptions());
        }

        var (uri, credential) = connection.RequireIdentityEndpoint(StorageService.Blob);
        return new BlobServiceClient(uri, credential, options ?? new BlobClientOptions());
    }

    /// <summary>Builds the client of <paramref name="service"/> with default options (used to check a connection string).</summary>
    internal static object Create(StorageConnection connection, StorageService service) => service switch
    {
        StorageService.Table => CreateTableServiceClient(connection),
        StorageService.Queue => CreateQueueServiceClient(connection),
        StorageService.Blob => CreateBlobServiceClient(connection),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };
}
