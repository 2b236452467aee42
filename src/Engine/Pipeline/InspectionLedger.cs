using System.Net;
using Azure;
using Azure.Data.Tables;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// Makes each (site, run) happen once. Rows live in the site's partition, keyed by run id; every state change is an
/// ETag-conditional write, so two instances holding copies of the same message cannot both claim it.
/// </summary>
public sealed class InspectionLedger
{
    private const string StateProperty = "State";
    private const string AttemptsProperty = "Attempts";
    private const string MessageIdProperty = "MessageId";
    private const string ClaimedAtProperty = "ClaimedAt";
    private const string StartedAtProperty = "StartedAt";
    private const string LastErrorProperty = "LastError";
    private const int MaxErrorLength = 2000;

    private readonly LazyTable table;
    private readonly TimeSpan lease;

    public InspectionLedger(TableServiceClient serviceClient, StorageOptions storage, PipelineOptions pipeline)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(pipeline);
        table = new LazyTable(serviceClient.GetTableClient(TableNames.Combine(storage.TablePrefix, pipeline.LedgerTable)));
        lease = pipeline.ClaimLease;
    }

    public string TableName => table.Name;

    /// <summary>Records that the timer enqueued this run; false when a row already exists (the timer fired twice).</summary>
    public async Task<bool> TryMarkQueuedAsync(string siteId, string runId, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Escape(siteId), TableKeys.Escape(runId))
        {
            [StateProperty] = LedgerState.Queued.ToString(),
            [AttemptsProperty] = 0,
            ["QueuedAt"] = now.UtcDateTime,
        };
        try
        {
            await client.AddEntityAsync(entity, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>
    /// Claims the run for this message. A different message finds a fresh claim and backs off; the same message
    /// id coming back means its earlier holder died (the queue only redelivers after the lock lapsed), so it takes over.
    /// </summary>
    public async Task<ClaimOutcome> ClaimAsync(string siteId, string runId, string messageId, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var partition = TableKeys.Escape(siteId);
        var row = TableKeys.Escape(runId);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var existing = await client.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct).ConfigureAwait(false);
            var claim = new TableEntity(partition, row)
            {
                [StateProperty] = LedgerState.Running.ToString(),
                [MessageIdProperty] = messageId,
                [ClaimedAtProperty] = now.UtcDateTime,
            };
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    claim[AttemptsProperty] = 1;
                    claim[StartedAtProperty] = now.UtcDateTime;
                    await client.AddEntityAsync(claim, ct).ConfigureAwait(false);
                    return ClaimOutcome.Claimed;
                }

                var entry = ToEntry(existing.Value);
                if (entry.State == LedgerState.Completed)
                {
                    return ClaimOutcome.AlreadyCompleted;
                }

                if (entry.State == LedgerState.Running && entry.MessageId != messageId && entry.ClaimedAt + lease > now)
                {
                    return ClaimOutcome.RunningElsewhere;
                }

                claim[AttemptsProperty] = entry.Attempts + 1;
                claim[StartedAtProperty] = (entry.StartedAt ?? now).UtcDateTime;
                await client.UpdateEntityAsync(claim, existing.Value.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
                return ClaimOutcome.Claimed;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Another instance wrote between our read and write: read again and decide on what it wrote.
            }
        }

        throw new InvalidOperationException($"Could not claim run {runId} of site {siteId}: the ledger row kept changing.");
    }

    public Task CompleteAsync(string siteId, string runId, DateTimeOffset now, CancellationToken ct) =>
        SetStateAsync(siteId, runId, LedgerState.Completed, now, error: null, ct);

    public Task FailAsync(string siteId, string runId, string error, DateTimeOffset now, CancellationToken ct) =>
        SetStateAsync(siteId, runId, LedgerState.Failed, now, error, ct);

    public async Task<LedgerEntry?> GetAsync(string siteId, string runId, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(siteId), TableKeys.Escape(runId), cancellationToken: ct)
            .ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? ToEntry(response.Value) : null;
    }

    private async Task SetStateAsync(string siteId, string runId, LedgerState state, DateTimeOffset now, string? error, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Escape(siteId), TableKeys.Escape(runId))
        {
            [StateProperty] = state.ToString(),
            [state == LedgerState.Completed ? "CompletedAt" : "FailedAt"] = now.UtcDateTime,
        };
        if (error is not null)
        {
            entity[LastErrorProperty] = TableText.Truncate(error, MaxErrorLength);
        }

        // Completed is final: a late failure record (a duplicate's) must not undo it.
        if (state == LedgerState.Failed)
        {
            var current = await GetAsync(siteId, runId, ct).ConfigureAwait(false);
            if (current?.State == LedgerState.Completed)
            {
                return;
            }
        }

        await client.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    private static LedgerEntry ToEntry(TableEntity entity) => new(
        TableKeys.Unescape(entity.PartitionKey),
        TableKeys.Unescape(entity.RowKey),
        Enum.Parse<LedgerState>(entity.GetString(StateProperty) ?? nameof(LedgerState.Queued)),
        entity.GetInt32(AttemptsProperty) ?? 0,
        entity.GetString(MessageIdProperty),
        entity.GetDateTimeOffset(ClaimedAtProperty),
        entity.GetDateTimeOffset(StartedAtProperty),
        entity.GetString(LastErrorProperty));
}
