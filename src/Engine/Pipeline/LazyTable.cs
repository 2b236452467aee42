using Azure.Data.Tables;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>A table created on first use, once per process (creating it on every call would double the requests).</summary>
public sealed class LazyTable(TableClient client)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool ready;

    public string Name => client.Name;

    public async Task<TableClient> GetAsync(CancellationToken ct)
    {
        if (ready)
        {
            return client;
        }

        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!ready)
            {
                await client.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
                ready = true;
            }
        }
        finally
        {
            gate.Release();
        }

        return client;
    }
}
