using System.Globalization;
using System.Net;
using System.Text.Json;
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
    private const string ErrorsProperty = "ErrorsJson";
    private const string PersistedAlertsProperty = "PersistedAlertsJson";
    private const int MaxErrorLength = 2000;
    private const int MaxHistoryLines = 10;
    private const int MaxHistoryLineLength = 500;

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

    /// <summary>Completed is final: no later failure record (a duplicate's) undoes it.</summary>
    public async Task CompleteAsync(string siteId, string runId, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Escape(siteId), TableKeys.Escape(runId))
        {
            [StateProperty] = LedgerState.Completed.ToString(),
            ["CompletedAt"] = now.UtcDateTime,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that the run's findings and run record are written, with the alerts they call for: an attempt that
    /// fails after this point (raising, completing) is not inspected again on retry, whose findings would no longer
    /// be new; the retry raises these alerts and completes.
    /// </summary>
    public async Task MarkPersistedAsync(string siteId, string runId, string alertsJson, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Escape(siteId), TableKeys.Escape(runId))
        {
            [PersistedAlertsProperty] = alertsJson,
            ["PersistedAt"] = now.UtcDateTime,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a failed attempt of <paramref name="messageId"/> (null: a message that never held the claim, such as
    /// its poison copy), adding the error to the run's attempt history. A completed run is left alone, and so is a
    /// run another message holds a fresh claim on: marking it Failed would let a third copy claim it and inspect
    /// the site twice at once. The write is ETag-conditional, so a claim made meanwhile is decided on again.
    /// </summary>
    public async Task<FailOutcome> FailAsync(string siteId, string runId, string? messageId, string error, DateTimeOffset now, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var partition = TableKeys.Escape(siteId);
        var row = TableKeys.Escape(runId);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var existing = await client.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct).ConfigureAwait(false);
            var failed = new TableEntity(partition, row)
            {
                [StateProperty] = LedgerState.Failed.ToString(),
                ["FailedAt"] = now.UtcDateTime,
                [LastErrorProperty] = TableText.Truncate(error, MaxErrorLength),
            };
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    failed[ErrorsProperty] = ErrorsJson([], 1, error);
                    await client.AddEntityAsync(failed, ct).ConfigureAwait(false);
                    return FailOutcome.Recorded;
                }

                var entry = ToEntry(existing.Value);
                if (entry.State == LedgerState.Completed)
                {
                    return FailOutcome.AlreadyCompleted;
                }

                if (entry.State == LedgerState.Running && entry.MessageId != messageId && entry.ClaimedAt + lease > now)
                {
                    return FailOutcome.HeldElsewhere;
                }

                failed[ErrorsProperty] = ErrorsJson(entry.Errors, Math.Max(entry.Attempts, 1), error);
                await client.UpdateEntityAsync(failed, existing.Value.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
                return FailOutcome.Recorded;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Claimed or completed between our read and write: decide on what was written.
            }
        }

        throw new InvalidOperationException($"Could not record the failure of run {runId} of site {siteId}: the ledger row kept changing.");
    }

    public async Task<LedgerEntry?> GetAsync(string siteId, string runId, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(siteId), TableKeys.Escape(runId), cancellationToken: ct)
            .ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? ToEntry(response.Value) : null;
    }

    /// <summary>
    /// Runs started but not completed whose last claim is after <paramref name="claimedSince"/>: running, or failed
    /// and about to be retried. Their findings may still be written, stamped with the run's start. This scans the
    /// ledger (a server-side filter); the digest calls it once a day.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> GetUnfinishedAsync(DateTimeOffset claimedSince, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var running = LedgerState.Running.ToString();
        var failed = LedgerState.Failed.ToString();
        var since = claimedSince.UtcDateTime;
        var filter = TableClient.CreateQueryFilter($"(State eq {running} or State eq {failed}) and ClaimedAt ge {since}");
        var entries = new List<LedgerEntry>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            entries.Add(ToEntry(entity));
        }

        return entries;
    }

    private static string ErrorsJson(IReadOnlyList<string> earlier, int attempt, string error)
    {
        var line = TableText.Truncate(string.Create(CultureInfo.InvariantCulture, $"第 {attempt} 次执行：{error}"), MaxHistoryLineLength);
        return JsonSerializer.Serialize(earlier.Append(line).TakeLast(MaxHistoryLines).ToList());
    }

    private static LedgerEntry ToEntry(TableEntity entity) => new(
        TableKeys.Unescape(entity.PartitionKey),
        TableKeys.Unescape(entity.RowKey),
        Enum.Parse<LedgerState>(entity.GetString(StateProperty) ?? nameof(LedgerState.Queued)),
        entity.GetInt32(AttemptsProperty) ?? 0,
        entity.GetString(MessageIdProperty),
        entity.GetDateTimeOffset(ClaimedAtProperty),
        entity.GetDateTimeOffset(StartedAtProperty),
        entity.GetString(LastErrorProperty))
    {
        Errors = JsonSerializer.Deserialize<List<string>>(entity.GetString(ErrorsProperty) ?? "[]") ?? [],
        PersistedAlertsJson = entity.GetString(PersistedAlertsProperty),
    };
}
