using Azure.Data.Tables;
using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>Gives each test (xunit makes one instance per test) its own tables in Azurite, deleted afterwards.</summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    // A bound on every storage call so a hung Azurite fails the test instead of stalling the run.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    protected StoreTestBase()
    {
        Options = new StorageOptions { TablePrefix = AzuriteStorage.NewTablePrefix() };
        ServiceClient = AzuriteStorage.CreateTableServiceClient();
        Store = new TableFindingStore(ServiceClient, Options);
    }

    protected StorageOptions Options { get; }

    protected TableServiceClient ServiceClient { get; }

    protected TableFindingStore Store { get; }

    protected CancellationToken Ct => timeout.Token;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await AzuriteStorage.DeleteTablesWithPrefixAsync(Options.TablePrefix);
        timeout.Dispose();
    }

    /// <summary>The raw entities of the findings table, to compare whole table states.</summary>
    protected async Task<List<TableEntity>> ReadFindingsTableAsync()
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in ServiceClient.GetTableClient(Options.GetFindingsTableName()).QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            entities.Add(entity);
        }

        return entities;
    }
}
