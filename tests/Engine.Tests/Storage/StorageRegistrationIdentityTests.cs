using Azure.Data.Tables;
using Azure.Identity;
using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>
/// The finding store reaches storage by connection string or, as deployed, by identity-based AzureWebJobsStorage settings.
/// Identity tests only build clients: nothing is sent, so no Azure endpoint is contacted.
/// </summary>
public sealed class StorageRegistrationIdentityTests
{
    private const string Host = StorageConnection.HostConnectionName;
    private const string ClientId = "00000000-1111-2222-3333-444444444444";

    private static readonly Dictionary<string, string?> IdentitySettings = new()
    {
        [$"{Host}:blobServiceUri"] = "https://stcompliance.blob.core.windows.net/",
        [$"{Host}:queueServiceUri"] = "https://stcompliance.queue.core.windows.net/",
        [$"{Host}:tableServiceUri"] = "https://stcompliance.table.core.windows.net/",
        [$"{Host}:credential"] = "managedidentity",
        [$"{Host}:clientId"] = ClientId,
    };

    [Fact]
    public void Service_uris_and_a_managed_identity_build_the_table_client_without_a_connection_string()
    {
        using var provider = Build(IdentitySettings);

        var tables = provider.GetRequiredService<TableServiceClient>();
        var store = Assert.IsType<TableFindingStore>(provider.GetRequiredService<IFindingStore>());

        Assert.Equal(new Uri("https://stcompliance.table.core.windows.net/"), tables.Uri);
        Assert.Equal("stcompliance", tables.AccountName);
        Assert.Equal("Findings", store.FindingsTableName);
        Assert.Null(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString);
    }

    [Fact]
    public void Start_up_validation_passes_with_identity_settings_only()
    {
        using var provider = Build(IdentitySettings);

        // What the host runs at start-up for every ValidateOnStart registration.
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void The_connection_carries_a_user_assigned_managed_identity()
    {
        var connection = StorageConnection.FromConfiguration(Configuration(IdentitySettings));

        Assert.Null(connection.ConnectionString);
        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
        Assert.Equal(ClientId, connection.ManagedIdentityClientId);
        Assert.Empty(connection.FindProblems(StorageService.Blob, StorageService.Queue, StorageService.Table));
    }

    [Fact]
    public void Without_a_client_id_the_system_assigned_identity_is_used()
    {
        var settings = new Dictionary<string, string?>(IdentitySettings) { [$"{Host}:clientId"] = null };
        var connection = StorageConnection.FromConfiguration(Configuration(settings));

        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
        Assert.Null(connection.ManagedIdentityClientId);
    }

    [Fact]
    public void Blob_and_queue_clients_come_from_the_same_settings()
    {
        var connection = StorageConnection.FromConfiguration(Configuration(IdentitySettings));

        var blobs = StorageClientFactory.CreateBlobServiceClient(connection);
        var queues = StorageClientFactory.CreateQueueServiceClient(connection);

        Assert.Equal(new Uri("https://stcompliance.blob.core.windows.net/"), blobs.Uri);
        Assert.Equal("stcompliance", blobs.AccountName);
        Assert.Equal(new Uri("https://stcompliance.queue.core.windows.net/"), queues.Uri);
        Assert.Equal("stcompliance", queues.AccountName);
    }

    [Fact]
    public void An_account_name_stands_for_the_three_public_endpoints()
    {
        var connection = StorageConnection.FromConfiguration(Configuration(new Dictionary<string, string?>
        {
            [$"{Host}:accountName"] = "stbyname",
            [$"{Host}:credential"] = "managedidentity",
        }));

        Assert.Equal(new Uri("https://stbyname.table.core.windows.net"), StorageClientFactory.CreateTableServiceClient(connection).Uri);
        Assert.Equal(new Uri("https://stbyname.queue.core.windows.net"), StorageClientFactory.CreateQueueServiceClient(connection).Uri);
        Assert.Equal(new Uri("https://stbyname.blob.core.windows.net"), StorageClientFactory.CreateBlobServiceClient(connection).Uri);
    }

    [Fact]
    public void Neither_a_connection_string_nor_identity_settings_names_both_alternatives()
    {
        using var provider = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Set Storage:ConnectionString or AzureWebJobsStorage to a storage connection string", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__credential=managedidentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_credential_is_refused_rather_than_guessed()
    {
        using var provider = Build(new Dictionary<string, string?>(IdentitySettings) { [$"{Host}:credential"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("AzureWebJobsStorage__credential is '' but must be 'managedidentity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_table_endpoint_is_named()
    {
        using var provider = Build(new Dictionary<string, string?>(IdentitySettings) { [$"{Host}:tableServiceUri"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("AzureWebJobsStorage__tableServiceUri (or AzureWebJobsStorage__accountName) is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_http_endpoint_is_refused_for_tokens()
    {
        using var provider = Build(new Dictionary<string, string?>(IdentitySettings) { [$"{Host}:tableServiceUri"] = "http://stcompliance.table.core.windows.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("must be an absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_connection_string_is_reported_at_start_up()
    {
        using var provider = Build(new Dictionary<string, string?> { [Host] = "not a connection string" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("AzureWebJobsStorage is not a usable storage connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_connection_string_wins_over_the_host_connection()
    {
        var settings = new Dictionary<string, string?>(IdentitySettings) { ["Storage:ConnectionString"] = AzuriteStorage.DevelopmentConnectionString() };
        using var provider = Build(settings);

        var tables = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal("127.0.0.1", tables.Uri.Host);
        Assert.Equal(AzuriteStorage.DevelopmentAccountName, tables.AccountName);
    }

    [Fact]
    public async Task The_host_connection_string_still_reaches_azurite()
    {
        var prefix = AzuriteStorage.NewTablePrefix();
        using var provider = Build(new Dictionary<string, string?>
        {
            [Host] = AzuriteStorage.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
        });
        provider.GetRequiredService<IStartupValidator>().Validate();
        var store = Assert.IsType<TableFindingStore>(provider.GetRequiredService<IFindingStore>());

        try
        {
            await store.EnsureReadyAsync(CancellationToken.None);
            var tables = new List<string>();
            await foreach (var table in provider.GetRequiredService<TableServiceClient>().QueryAsync(t => t.Name == prefix + "Findings"))
            {
                tables.Add(table.Name);
            }

            Assert.Equal([prefix + "Findings"], tables);
            Assert.Empty(await store.GetSiteIdsAsync(CancellationToken.None));
        }
        finally
        {
            await AzuriteStorage.DeleteTablesWithPrefixAsync(prefix);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddFindingStore(Configuration(settings), Host).BuildServiceProvider();
}
