using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Storm-control state in one table, so it survives restarts and is shared by every instance:
/// partition "pending" (alerts of the open burst, one row per key, with the addresses already mailed), "sent"
/// (when each key was last mailed; once-only claims), "burst" (whether a dispatch is scheduled, since when) and
/// "refused" (addresses the mail server refused). Every contested write is ETag-conditional or an insert.
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
    private const string OpenedAtProperty = "OpenedAt";
    private const string DoneProperty = "Done";
    private const string DeliveredToProperty = "DeliveredTo";
    private const string LastRaisedAtProperty = "LastRaisedAt";
    private const string RefusedPartition = "refused";

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

    /// <summary>
    /// Claims a once-only send (e.g. one digest per day). The claim is a lease: a claim that was never completed
    /// (the instance crashed mid-send) can be taken over once <paramref name="lease"/> has passed, so a crash does
    /// not block the day for good. False when the send is done or another instance holds a fresh claim.
    /// </summary>
    public async Task<bool> TryClaimOnceAsync(string key, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var rowKey = TableKeys.Escape(key);
        var claim = new TableEntity(SentPartition, rowKey) { [ClaimedAtProperty] = now.UtcDateTime, [DoneProperty] = false };
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(SentPartition, rowKey, cancellationToken: ct).ConfigureAwait(false);
        try
        {
            if (!existing.HasValue || existing.Value is null)
            {
                await client.AddEntityAsync(claim, ct).ConfigureAwait(false);
                return true;
            }

            // Rows written before claims had leases carry only SentAt: they are done.
            var row = existing.Value;
            var done = row.GetBoolean(DoneProperty) ?? row.GetDateTimeOffset(SentAtProperty) is not null;
            var claimedAt = row.GetDateTimeOffset(ClaimedAtProperty);
            if (done || (claimedAt is not null && claimedAt + lease > now))
            {
                return false;
            }

            await client.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>Marks a once-only claim done: nobody may take it over any more.</summary>
    public async Task CompleteOnceAsync(string key, DateTimeOffset at, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var done = new TableEntity(SentPartition, TableKeys.Escape(key)) { [DoneProperty] = true, [SentAtProperty] = at.UtcDateTime };
        await client.UpsertEntityAsync(done, TableUpdateMode.Merge, ct).ConfigureAwait(false);
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
                entity.GetDateTimeOffset(ClaimedAtProperty),
                JsonSerializer.Deserialize<List<string>>(entity.GetString(DeliveredToProperty) ?? "[]", Json) ?? []));
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
    /// Opens a burst when none is open, or takes over one opened before <paramref name="staleBefore"/> (its opener
    /// died before scheduling, or the dispatch was lost). Returns the opened row's ETag: this caller must schedule
    /// the dispatch, and gives the burst back with <see cref="TryReleaseBurstAsync"/> if it cannot. Null means a
    /// live burst is open. The insert or ETag-conditional update lets exactly one of several racing instances win.
    /// </summary>
    public async Task<ETag?> TryOpenBurstAsync(DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(BurstPartition, BurstRow, cancellationToken: ct).ConfigureAwait(false);
        var open = new TableEntity(BurstPartition, BurstRow) { [OpenProperty] = true, [OpenedAtProperty] = now.UtcDateTime };
        try
        {
            if (!existing.HasValue || existing.Value is null)
            {
                return (await client.AddEntityAsync(open, ct).ConfigureAwait(false)).Headers.ETag;
            }

            // An open row without OpenedAt predates this check: treat it as stale rather than open for ever.
            var openedAt = existing.Value.GetDateTimeOffset(OpenedAtProperty);
            if (existing.Value.GetBoolean(OpenProperty) == true && openedAt is not null && openedAt >= staleBefore)
            {
                return null;
            }

            return (await client.UpdateEntityAsync(open, existing.Value.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    /// <summary>Closes the burst this caller opened (scheduling its dispatch failed), unless someone changed it since.</summary>
    public async Task<bool> TryReleaseBurstAsync(ETag opened, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var closed = new TableEntity(BurstPartition, BurstRow) { [OpenProperty] = false, ["ClosedAt"] = now.UtcDateTime };
        try
        {
            await client.UpdateEntityAsync(closed, opened, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
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

    /// <summary>Records which addresses already got this pending alert, so a retried dispatch does not mail them again.</summary>
    public async Task AddDeliveredAsync(PendingAlert pending, IEnumerable<string> addresses, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var all = pending.DeliveredTo.Concat(addresses).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var update = new TableEntity(PendingPartition, pending.RowKey) { [DeliveredToProperty] = JsonSerializer.Serialize(all, Json) };
        await client.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    /// <summary>Remembers an address the mail server refused (or that is not an address), for admins to correct.</summary>
    public async Task RecordRefusedAsync(string address, string reason, DateTimeOffset at, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(RefusedPartition, TableKeys.Escape(address))
        {
            ["Address"] = address,
            ["Reason"] = TableText.Truncate(reason, 1000),
            ["RefusedAt"] = at.UtcDateTime,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    /// <summary>Every address recorded as refused, with the reason and when.</summary>
    public async Task<IReadOnlyList<(string Address, string Reason, DateTimeOffset At)>> GetRefusedAsync(CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var refused = new List<(string, string, DateTimeOffset)>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == RefusedPartition, cancellationToken: ct).ConfigureAwait(false))
        {
            refused.Add((entity.GetString("Address") ?? string.Empty, entity.GetString("Reason") ?? string.Empty, entity.GetDateTimeOffset("RefusedAt") ?? default));
        }

        return refused;
    }

    private static TableEntity ToEntity(Alert alert, string rowKey, int count) =>
        new(PendingPartition, rowKey)
        {
            [AlertJsonProperty] = JsonSerializer.Serialize(alert, Json),
            [CountProperty] = count,
            [LastRaisedAtProperty] = alert.RaisedAt.UtcDateTime,
        };
}
