using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Hosting;
using ComplianceFns.Functions.Queues;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.Functions.Tests.Support;

/// <summary>
/// The app's own registration (<see cref="FunctionsServiceCollectionExtensions.AddComplianceFunctions"/>) against
/// real Azurite (tables and queues under a prefix of this host's own) and a real SMTP sink on 127.0.0.1.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    public const string Admin = "admin@example.gov.cn";

    private readonly ServiceProvider services;

    private FunctionsTestHost(ServiceProvider services, SmtpSink smtp, string prefix, string queuePrefix, SettableTimeProvider time)
    {
        this.services = services;
        Smtp = smtp;
        TablePrefix = prefix;
        QueuePrefix = queuePrefix;
        Time = time;
    }

    public SmtpSink Smtp { get; }

    public string TablePrefix { get; }

    public string QueuePrefix { get; }

    public SettableTimeProvider Time { get; }

    public IServiceProvider Services => services;

    public IFindingStore Store => services.GetRequiredService<IFindingStore>();

    public static async Task<FunctionsTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? before = null, DateTimeOffset? now = null,
        IReadOnlyCollection<string>? smtpRefuses = null)
    {
        var smtp = await SmtpSink.StartAsync(smtpRefuses);
        var prefix = AzuriteStorage.NewTablePrefix();
        var queuePrefix = prefix.ToLowerInvariant() + "-";
        var all = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = AzuriteStorage.ConnectionString,
            ["InspectionSchedule"] = "0 0 0 * * *",
            ["DigestSchedule"] = "0 30 0 * * *",
            ["Storage:TablePrefix"] = prefix,
            ["Crawl:RequestTimeout"] = "00:00:04",
            ["Crawl:ConnectTimeout"] = "00:00:02",
            ["Crawl:MaxRetries"] = "1",
            ["Crawl:RetryBaseDelay"] = "00:00:00.050",
            ["Crawl:PolitenessDelay"] = "00:00:00",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:TlsMode"] = "None",
            ["Smtp:From"] = "inspector@example.gov.cn",
            ["Alerts:GlobalRecipients:0"] = Admin,
            ["Alerts:BurstWindow"] = "00:00:00",
            ["UploadsContainer"] = "uploads",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var collection = new ServiceCollection().AddLogging(b => b.AddFilter(_ => false));
        before?.Invoke(collection);
        collection.AddSingleton(new StorageQueueFactory(
            new QueueServiceClient(AzuriteStorage.ConnectionString, StorageQueueFactory.ClientOptions()), queuePrefix));
        collection.AddComplianceFunctions(configuration);
        var time = new SettableTimeProvider(now ?? DateTimeOffset.UtcNow);
        collection.AddSingleton<TimeProvider>(time);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new FunctionsTestHost(provider, smtp, prefix, queuePrefix, time);
    }

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(services);

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>The test's copy of a queue (its prefix + the production name), Base64 like the trigger.</summary>
    public QueueClient Queue(string name) =>
        new QueueServiceClient(AzuriteStorage.ConnectionString, StorageQueueFactory.ClientOptions()).GetQueueClient(QueuePrefix + name);

    /// <summary>Everything waiting in a queue, received (so hidden for a while) but not deleted.</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveAllAsync(string name)
    {
        var queue = Queue(name);
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        var all = new List<QueueMessage>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0)
            {
                return all;
            }

            all.AddRange(batch);
        }
    }

    /// <summary>Runs the pending alert dispatch the way the dispatch queue would.</summary>
    public Task<int> DispatchAlertsAsync() => Get<Engine.Alerts.AlertService>().DispatchAsync("test-dispatch-" + Guid.NewGuid().ToString("N"), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Smtp.DisposeAsync();
        await AzuriteStorage.DeleteTablesWithPrefixAsync(TablePrefix);
        var queues = new QueueServiceClient(AzuriteStorage.ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: QueuePrefix))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
    }

    public static QueueMessage Message(string body, string? id = null, long dequeueCount = 1) =>
        QueuesModelFactory.QueueMessage(id ?? Guid.NewGuid().ToString(), "receipt", BinaryData.FromString(body), dequeueCount);

    public static QueueMessage Message(InspectionMessage message, string? id = null, long dequeueCount = 1) => Message(message.ToJson(), id, dequeueCount);

    internal static TableServiceClient Tables() => AzuriteStorage.CreateTableServiceClient();
}
