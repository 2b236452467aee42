using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>
/// A store that never answers (a private Azurite under SIGSTOP) or refuses: the queue-triggered inspection fails within
/// the storage budget and the exception propagates, so the queue retries the message.
/// </summary>
public sealed class StorageFaultTests
{
    /// <summary>2 s per try, 4 s in all: two tries, so the test waits seconds, not the 30 s default.</summary>
    private static readonly Dictionary<string, string?> ShortBudget = new()
    {
        ["Storage:NetworkTimeoutSeconds"] = "2",
        ["Storage:TotalBudgetSeconds"] = "4",
    };

    [Fact]
    public async Task A_frozen_store_fails_the_queue_inspection_within_the_budget_and_every_client_is_bounded()
    {
        await using var azurite = await PrivateAzurite.StartAsync();
        await using var host = await HostOnAsync(azurite.ConnectionString);
        azurite.Freeze();
        var clock = Stopwatch.StartNew();

        var function = host.Create<InspectSiteFunction>();
        var inspection = Assert.ThrowsAnyAsync<Exception>(() => function.RunAsync(Message(), CancellationToken.None));
        // The app's own table, queue and blob clients (built from AzureWebJobsStorage) get the same budget.
        var tables = Assert.ThrowsAnyAsync<Exception>(() => host.Get<TableServiceClient>().GetPropertiesAsync());
        var queues = Assert.ThrowsAnyAsync<Exception>(() => host.Get<QueueServiceClient>().GetPropertiesAsync());
        var blobs = Assert.ThrowsAnyAsync<Exception>(() => host.Get<BlobServiceClient>().GetPropertiesAsync());
        var thrown = await Task.WhenAll(inspection, tables, queues, blobs);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(30));
        Assert.All(thrown, e => Assert.Equal(StorageFailureKind.NoResponse, StorageFailureText.Classify(e)));
        Assert.Equal($"存储无响应：{azurite.TableEndpoint} 在 4 秒内没有应答（共尝试 2 次，每次等待 2 秒）", StorageFailureText.Describe(thrown[0]));
        Assert.Contains($":{azurite.QueuePort}/", StorageFailureText.Describe(thrown[2]), StringComparison.Ordinal);
        Assert.Contains($":{azurite.BlobPort}/", StorageFailureText.Describe(thrown[3]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_store_fails_the_queue_inspection()
    {
        var port = PrivateAzurite.FreePort();
        await using var host = await HostOnAsync(AzuriteStorage.DevelopmentConnectionString(tablePort: port));

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => host.Create<InspectSiteFunction>().RunAsync(Message(), CancellationToken.None));

        Assert.StartsWith($"存储无法连接：http://127.0.0.1:{port}/devstoreaccount1 拒绝连接", StorageFailureText.Describe(thrown), StringComparison.Ordinal);
    }

    private static Task<FunctionsTestHost> HostOnAsync(string connectionString) =>
        FunctionsTestHost.StartAsync(new Dictionary<string, string?>(ShortBudget)
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Inspection:Sites:0:Id"] = "frozen-gov",
            ["Inspection:Sites:0:Name"] = "某某县人民政府",
            ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
        });

    private static Azure.Storage.Queues.Models.QueueMessage Message() =>
        FunctionsTestHost.Message(new InspectionMessage("frozen-gov", "sched-" + Guid.NewGuid().ToString("N")[..8]));
}
