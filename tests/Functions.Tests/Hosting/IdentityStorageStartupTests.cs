using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Hosting;
using ComplianceFns.Functions.Queues;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Hosting;

/// <summary>
/// The app starts with the storage settings infra/main.bicep deploys (service URIs, managed identity, client id; no
/// connection string) and builds every storage client from them. Clients are only built: nothing contacts Azure.
/// </summary>
public sealed class IdentityStorageStartupTests
{
    private const string ClientId = "5b0c7f1e-0000-4000-8000-000000000001";

    /// <summary>Exactly the app-setting names main.bicep writes (double underscores, as environment variables).</summary>
    private static readonly Dictionary<string, string> DeployedStorageSettings = new()
    {
        ["AzureWebJobsStorage__blobServiceUri"] = "https://stcompliance.blob.core.windows.net/",
        ["AzureWebJobsStorage__queueServiceUri"] = "https://stcompliance.queue.core.windows.net/",
        ["AzureWebJobsStorage__tableServiceUri"] = "https://stcompliance.table.core.windows.net/",
        ["AzureWebJobsStorage__credential"] = "managedidentity",
        ["AzureWebJobsStorage__clientId"] = ClientId,
        ["Storage__ConnectionString"] = "",
    };

    private static readonly Dictionary<string, string?> OtherSettings = ValidAppSettings.WithoutStorage();

    [Fact]
    public void The_deployed_identity_settings_pass_start_up_validation()
    {
        using var services = BuildWithEnvironment(DeployedStorageSettings);

        services.GetRequiredService<IStartupValidator>().Validate();

        var connection = services.GetRequiredService<IOptions<TriggerStorageOptions>>().Value.Connection;
        Assert.NotNull(connection);
        Assert.Null(connection.ConnectionString);
        Assert.Equal(ClientId, connection.ManagedIdentityClientId);
    }

    [Fact]
    public void Every_storage_client_points_at_the_deployed_account()
    {
        using var services = BuildWithEnvironment(DeployedStorageSettings);

        var queues = services.GetRequiredService<QueueServiceClient>();
        var blobs = services.GetRequiredService<BlobServiceClient>();
        var tables = services.GetRequiredService<TableServiceClient>();

        Assert.Equal(new Uri("https://stcompliance.queue.core.windows.net/"), queues.Uri);
        Assert.Equal(new Uri("https://stcompliance.blob.core.windows.net/"), blobs.Uri);
        Assert.Equal(new Uri("https://stcompliance.table.core.windows.net/"), tables.Uri);
        Assert.All(new[] { queues.AccountName, blobs.AccountName, tables.AccountName }, name => Assert.Equal("stcompliance", name));
        Assert.Equal(new Uri("https://stcompliance.queue.core.windows.net/inspections"), queues.GetQueueClient("inspections").Uri);
        Assert.NotNull(services.GetRequiredService<StorageQueueFactory>());
        Assert.Equal("Findings", Assert.IsType<TableFindingStore>(services.GetRequiredService<IFindingStore>()).FindingsTableName);
    }

    [Fact]
    public void Without_any_storage_setting_start_up_names_both_alternatives()
    {
        using var services = Build(new ConfigurationBuilder().AddInMemoryCollection(OtherSettings).Build());

        // Both the trigger account and the findings account fail; the host reports them together.
        var errors = Assert.Throws<AggregateException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.All(errors.InnerExceptions, e => Assert.IsType<OptionsValidationException>(e));
        var message = string.Join(Environment.NewLine, errors.InnerExceptions.Select(e => e.Message));

        Assert.Contains("Set AzureWebJobsStorage to a storage connection string (UseDevelopmentStorage=true locally), or set AzureWebJobsStorage__queueServiceUri", message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__credential=managedidentity and AzureWebJobsStorage__clientId", message, StringComparison.Ordinal);
        Assert.Contains("Set Storage:ConnectionString or AzureWebJobsStorage", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_settings_without_a_queue_endpoint_fail_at_start_up()
    {
        var settings = new Dictionary<string, string>(DeployedStorageSettings);
        settings.Remove("AzureWebJobsStorage__queueServiceUri");
        using var services = BuildWithEnvironment(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TriggerStorageOptions>>().Value);

        Assert.Contains("AzureWebJobsStorage__queueServiceUri (or AzureWebJobsStorage__accountName) is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_connection_string_messages_are_sent_base64_encoded_as_queue_triggers_expect()
    {
        var settings = new Dictionary<string, string?>(OtherSettings) { ["AzureWebJobsStorage"] = AzuriteStorage.ConnectionString };
        using var services = Build(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.GetRequiredService<IStartupValidator>().Validate();
        var queueName = "identity-" + Guid.NewGuid().ToString("N")[..12];
        var factory = new StorageQueueFactory(services.GetRequiredService<QueueServiceClient>());
        var raw = new QueueServiceClient(AzuriteStorage.ConnectionString).GetQueueClient(queueName);

        try
        {
            var queue = await factory.GetAsync(queueName, CancellationToken.None);
            await queue.SendMessageAsync("{\"siteId\":\"示例\"}");

            var received = Assert.Single((await raw.ReceiveMessagesAsync(1)).Value);
            Assert.Equal(Convert.ToBase64String("{\"siteId\":\"示例\"}"u8.ToArray()), received.Body.ToString());
        }
        finally
        {
            await raw.DeleteIfExistsAsync();
        }
    }

    private static ServiceProvider BuildWithEnvironment(Dictionary<string, string> storageSettings)
    {
        // The host reads app settings as environment variables; a unique prefix keeps this test's variables its own.
        var prefix = "CFNS_" + Guid.NewGuid().ToString("N") + "_";
        foreach (var (name, value) in storageSettings)
        {
            Environment.SetEnvironmentVariable(prefix + name, value);
        }

        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(OtherSettings)
                .AddEnvironmentVariables(prefix)
                .Build();
            return Build(configuration);
        }
        finally
        {
            foreach (var name in storageSettings.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    private static ServiceProvider Build(IConfiguration configuration) =>
        new ServiceCollection().AddLogging().AddComplianceFunctions(configuration).BuildServiceProvider();
}
