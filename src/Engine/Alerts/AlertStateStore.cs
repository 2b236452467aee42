using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Storm-control state in one table, so it survives restarts and is shared by every instance:
/// partition "pending" (alerts of the open burst, one row per key), "sent" (when each key was last mailed) and
/// "burst" (whether a dispatch is scheduled). Every contested write is ETag-conditional or an insert.
/// </summary>
public sealed class AlertStateStore
{
    private const string PendingPartition = "pending";
    private const string SentPartition = "sent";
    private const string BurstPartition = "burst";
    private const string BurstRow = "current";
    private const string AlertJsonProperty = "AlertJson";
    private const string CountProperty = "Count";
    private const string ClaimedByProperty = "ClaimedBy";
    private const string ClaimedAtProperty = "ClaimedAt";
    private const string SentAtProperty = "SentAt";
    private const string OpenProperty = "Open";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly LazyTable table;

    public AlertStateStore(TableServiceClient serviceClient, StorageOptions storage, AlertOptions alerts)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(alerts);
        table = new LazyTable(serviceClient.GetTableClient(TableNames.Combine(storage.TablePrefix, alerts.StateTable)));
    }

    public string TableName => table.Name;

    /// <summary>When the key was last mailed, or null.</summary>
    public async Task<DateTimeOffset?> LastSentAsync(string key, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var row = await client.GetEntityIfExistsAsync<TableEntity>(SentPartition, TableKeys.Escape(key), cancellationToken: ct).ConfigureAwait(false);
        return row.HasValue && row.Value is not null ? row.Value.GetDateTimeOffset(SentAtProperty) : null;
    }

    public async Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(SentPartition, TableKeys.Escape(key)) { [SentAtProperty] = at.UtcDateTime };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    /// <summary>Claims a once-only send (e.g. one digest per day) by inserting its row; false when someone already did.</summary>
    public async Task<bool> TryClaimOnceAsync(string key, DateTimeOffset at, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        try
        {
            await client.AddEntityAsync(new TableEntity(SentPartition, TableKeys.Escape(key)) { [SentAtProperty] = at.UtcDateTime }, ct)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>Gives a once-only claim back after the send failed, so the retry may send.</summary>
    public async Task ReleaseOnceAsync(string key, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        await client.DeleteEntityAsync(SentPartition, TableKeys.Escape(key), ETag.All, ct).ConfigureAwait(false);
    }

    /// <summary>Adds the alert to the open burst, or counts one more occurrence of a key already pending.</summary>
    public async Task AddPendingAsync(Alert alert, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var rowKey = TableKeys.Escape(alert.Key);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var existing = await client.GetEntityIfExistsAsync<TableEntity>(PendingPartition, rowKey, cancellationToken: ct).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await client.AddEntityAsync(ToEntity(alert, rowKey, count: 1), ct).ConfigureAwait(false);
                    return;
                }

                // The newest details win; the count says how often it happened.
                var count = (existing.Value.GetInt32(CountProperty) ?? 1) + 1;
                var update = ToEntity(alert, rowKey, count);
                await client.UpdateEntityAsync(update, existing.Value.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Raced with another instance raising the same key: read again.
            }
        }

        throw new InvalidOperationException($"Could not record alert {alert.Key}: its row kept changing.");
    }

    public async Task<IReadOnlyList<PendingAlert>> GetPendingAsync(CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var pending = new List<PendingAlert>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == PendingPartition, cancellationToken: ct).ConfigureAwait(false))
        {
            var alert = JsonSerializer.Deserialize<Alert>(entity.GetString(AlertJsonProperty) ?? "null", Json);
            if (alert is null)
            {
                continue;
            }

            pending.Add(new PendingAlert(
                alert with { Occurrences = entity.GetInt32(CountProperty) ?? 1 },
                entity.RowKey,
                entity.ETag,
                entity.GetString(ClaimedByProperty),
                entity.GetDateTimeOffset(ClaimedAtProperty)));
        }

        return pending;
    }

    /// <summary>Marks a pending alert as taken by one dispatcher; false when another instance changed it first.</summary>
    public async Task<bool> TryClaimPendingAsync(PendingAlert pending, string dispatcherId, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var claim = new TableEntity(PendingPartition, pending.RowKey) { [ClaimedByProperty] = dispatcherId, [ClaimedAtProperty] = now.UtcDateTime };
        try
        {
            await client.UpdateEntityAsync(claim, pending.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task DeletePendingAsync(string rowKey, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        try
        {
            await client.DeleteEntityAsync(PendingPartition, rowKey, ETag.All, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            // Already gone: another dispatcher finished it.
        }
    }

    /// <summary>
    /// Opens a burst when none is open; true means this caller opened it and must schedule the dispatch. The insert
    /// or ETag-conditional update lets exactly one of several racing instances win.
    /// </summary>
    public async Task<bool> TryOpenBurstAsync(DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(BurstPartition, BurstRow, cancellationToken: ct).ConfigureAwait(false);
        var open = new TableEntity(BurstPartition, BurstRow) { [OpenProperty] = true, ["OpenedAt"] = now.UtcDateTime };
        try
        {
            if (!existing.HasValue || existing.Value is null)
            {
                await client.AddEntityAsync(open, ct).ConfigureAwait(false);
                return true;
            }

            if (existing.Value.GetBoolean(OpenProperty) == true)
            {
                return false;
            }

            await client.UpdateEntityAsync(open, existing.Value.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>Closes the burst before its alerts are read, so an alert raised meanwhile opens (and schedules) the next one.</summary>
    public async Task CloseBurstAsync(DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var closed = new TableEntity(BurstPartition, BurstRow) { [OpenProperty] = false, ["ClosedAt"] = now.UtcDateTime };
        await client.UpsertEntityAsync(closed, TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    private static TableEntity ToEntity(Alert alert, string rowKey, int count) =>
        new(PendingPartition, rowKey)
        {
            [AlertJsonProperty] = JsonSerializer.Serialize(alert, Json),
            [CountProperty] = count,
            ["LastRaisedAt"] = alert.RaisedAt.UtcDateTime,
        };
}
