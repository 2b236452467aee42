using Azure.Data.Tables;
using ComplianceFns.Rules.Findings;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// <see cref="IFindingStore"/> on Azure Table Storage. One partition per site in each table, so a run's merge reads
/// one partition and writes it in entity-group transactions. Tables are created on first use.
/// Merges of the same site must not run concurrently (one run per site at a time); a merge interrupted between
/// batches is repaired by running it again, since every write is an idempotent upsert.
/// </summary>
public sealed class TableFindingStore : IFindingStore
{
    /// <summary>The service's limit of actions in one entity-group transaction.</summary>
    public const int MaxBatchActions = 100;

    // The service takes at most 4 MiB per transaction; estimates count 6 bytes per char (JSON \uXXXX escapes).
    private const long MaxBatchEstimatedBytes = 3L * 1024 * 1024;

    private readonly TableClient findingsTable;
    private readonly TableClient runsTable;
    private readonly TableClient rectificationsTable;
    private readonly SemaphoreSlim initLock = new(1, 1);
    private volatile bool tablesReady;

    public TableFindingStore(TableServiceClient serviceClient, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(options);
        findingsTable = serviceClient.GetTableClient(options.GetFindingsTableName());
        runsTable = serviceClient.GetTableClient(options.GetRunsTableName());
        rectificationsTable = serviceClient.GetTableClient(options.GetRectificationsTableName());
    }

    public TableFindingStore(TableServiceClient serviceClient, IOptions<StorageOptions> options)
        : this(serviceClient, options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public string FindingsTableName => findingsTable.Name;

    public string RunsTableName => runsTable.Name;

    public string RectificationsTableName => rectificationsTable.Name;

    public async Task<FindingMergeResult> MergeRunAsync(
        string siteId,
        string runId,
        IReadOnlyCollection<Finding> found,
        IReadOnlyCollection<string> ruleScopes,
        DateTimeOffset runTime,
        CancellationToken ct,
        Func<Finding, bool>? covered = null,
        IReadOnlyCollection<string>? examinedScopes = null)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(ruleScopes);
        if (ruleScopes.Any(string.IsNullOrEmpty))
        {
            // An empty scope would match every rule and resolve findings of checks that did not run.
            throw new ArgumentException("Rule scopes must be non-empty rule id prefixes such as \"link.\".", nameof(ruleScopes));
        }

        var foreign = found.FirstOrDefault(finding => finding.SiteId != siteId);
        if (foreign is not null)
        {
            throw new ArgumentException(
                $"Finding {foreign.Fingerprint} belongs to site '{foreign.SiteId}', not '{siteId}'.", nameof(found));
        }

        await EnsureTablesAsync(ct).ConfigureAwait(false);
        var existing = await LoadPartitionAsync(findingsTable, TableKeys.Escape(siteId), ct).ConfigureAwait(false);
        var rectifications = await LoadRectificationsAsync(siteId, ct).ConfigureAwait(false);

        var writes = new List<TableEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var newFingerprints = new List<string>();
        var reopenedFingerprints = new List<string>();
        var stillOpen = 0;
        var stillOpenSuppressed = 0;
        foreach (var finding in found)
        {
            var rowKey = TableKeys.Escape(finding.Fingerprint);
            if (!seen.Add(rowKey))
            {
                continue; // Duplicate fingerprint in one run: the first occurrence wins.
            }

            var firstSeen = runTime;
            var firstRunId = runId;
            // A new occurrence starts now: for a new finding, and for one found again after a run resolved it.
            var openedAt = runTime;
            var wasOpen = false;
            if (existing.TryGetValue(rowKey, out var stored))
            {
                var previous = FindingEntityMapper.ToFinding(stored);
                firstSeen = previous.FirstSeen;
                firstRunId = stored.GetString(FindingEntityMapper.FirstRunIdProperty) ?? runId;
                if (previous.Status == FindingStatus.Resolved)
                {
                    reopenedFingerprints.Add(finding.Fingerprint);
                }
                else
                {
                    openedAt = previous.OpenedAt ?? previous.FirstSeen;
                    stillOpen++;
                    wasOpen = true;
                }
            }
            else
            {
                newFingerprints.Add(finding.Fingerprint);
            }

            var merged = finding with
            {
                FirstSeen = firstSeen, LastSeen = runTime, Status = FindingStatus.Open, ResolvedAt = null, OpenedAt = openedAt, Rectification = null,
            };
            writes.Add(FindingEntityMapper.ToEntity(merged, firstRunId, runId));

            // Still open and marked 无需整改 for what it says now: not part of the open count (a change lapses the mark).
            if (wasOpen && rectifications.TryGetValue((TableKeys.Escape(siteId), rowKey), out var record)
                && (merged with { Rectification = record }).IsSuppressed())
            {
                stillOpenSuppressed++;
            }
        }

        var resolvedFingerprints = new List<string>();
        var unverifiedFingerprints = new List<string>();
        foreach (var (rowKey, stored) in existing)
        {
            if (seen.Contains(rowKey))
            {
                continue;
            }

            var previous = FindingEntityMapper.ToFinding(stored);
            if (previous.Status != FindingStatus.Open)
            {
                continue;
            }

            if (!InScope(previous.RuleId, ruleScopes) || covered?.Invoke(previous) == false)
            {
                // Not looked at again this run: neither confirmed nor fixed. Left as it is, last seen included.
                if (InScope(previous.RuleId, examinedScopes ?? ruleScopes))
                {
                    unverifiedFingerprints.Add(previous.Fingerprint);
                }

                continue;
            }

            var resolved = previous with { Status = FindingStatus.Resolved, ResolvedAt = runTime };
            writes.Add(FindingEntityMapper.ToEntity(
                resolved,
                stored.GetString(FindingEntityMapper.FirstRunIdProperty),
                stored.GetString(FindingEntityMapper.LastRunIdProperty)));
            resolvedFingerprints.Add(previous.Fingerprint);
        }

        await UpsertInBatchesAsync(findingsTable, writes, ct).ConfigureAwait(false);
        return new FindingMergeResult
        {
            StillOpen = stillOpen,
            StillOpenSuppressed = stillOpenSuppressed,
            NewFingerprints = newFingerprints,
            ReopenedFingerprints = reopenedFingerprints,
            ResolvedFingerprints = resolvedFingerprints,
            UnverifiedFingerprints = unverifiedFingerprints,
        };
    }

    public async Task<IReadOnlyList<Finding>> GetFindingsAsync(string? siteId, FindingStatus? status, CancellationToken ct)
    {
        await EnsureTablesAsync(ct).ConfigureAwait(false);
        var filter = (siteId, status) switch
        {
            (not null, not null) => TableClient.CreateQueryFilter(
                $"PartitionKey eq {TableKeys.Escape(siteId)} and Status eq {status.Value.ToToken()}"),
            (not null, null) => TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(siteId)}"),
            (null, not null) => TableClient.CreateQueryFilter($"Status eq {status.Value.ToToken()}"),
            _ => null,
        };

        var rectifications = await LoadRectificationsAsync(siteId, ct).ConfigureAwait(false);
        var findings = new List<Finding>();
        await foreach (var entity in findingsTable.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            var finding = FindingEntityMapper.ToFinding(entity);
            findings.Add(rectifications.TryGetValue((entity.PartitionKey, entity.RowKey), out var record)
                ? finding with { Rectification = record }
                : finding);
        }

        // Most serious first, then grouped by rule and page, as an admin reads a report.
        return findings
            .OrderBy(finding => finding.SiteId, StringComparer.Ordinal)
            .ThenByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.PageUrl, StringComparer.Ordinal)
            .ThenBy(finding => finding.TargetUrl, StringComparer.Ordinal)
            .ThenBy(finding => finding.Fingerprint, StringComparer.Ordinal)
            .ToList();
    }

    public async Task SaveRectificationsAsync(string siteId, IReadOnlyDictionary<string, FindingRectification> byFingerprint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        ArgumentNullException.ThrowIfNull(byFingerprint);
        await EnsureTablesAsync(ct).ConfigureAwait(false);
        var entities = byFingerprint
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => RectificationEntityMapper.ToEntity(siteId, pair.Key, pair.Value))
            .ToList();
        await UpsertInBatchesAsync(rectificationsTable, entities, ct).ConfigureAwait(false);
    }

    public async Task SaveRunAsync(RunRecord run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        await EnsureTablesAsync(ct).ConfigureAwait(false);
        await runsTable.UpsertEntityAsync(RunRecordEntityMapper.ToEntity(run), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RunRecord>> GetRecentRunsAsync(string siteId, int max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await EnsureTablesAsync(ct).ConfigureAwait(false);

        var runs = new List<RunRecord>(Math.Min(max, 1000));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(siteId)}");
        await foreach (var entity in runsTable.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: ct).ConfigureAwait(false))
        {
            runs.Add(RunRecordEntityMapper.ToRunRecord(entity));
            if (runs.Count == max)
            {
                break;
            }
        }

        return runs;
    }

    public async Task<IReadOnlyList<string>> GetSiteIdsAsync(CancellationToken ct)
    {
        await EnsureTablesAsync(ct).ConfigureAwait(false);
        var sites = new SortedSet<string>(StringComparer.Ordinal);
        string[] select = [nameof(RunRecord.SiteId)];
        await foreach (var entity in runsTable.QueryAsync<TableEntity>(select: select, cancellationToken: ct).ConfigureAwait(false))
        {
            if (entity.GetString(nameof(RunRecord.SiteId)) is { } site)
            {
                sites.Add(site);
            }
        }

        await foreach (var entity in findingsTable.QueryAsync<TableEntity>(select: [nameof(Finding.SiteId)], cancellationToken: ct).ConfigureAwait(false))
        {
            if (entity.GetString(nameof(Finding.SiteId)) is { } site)
            {
                sites.Add(site);
            }
        }

        return sites.ToList();
    }

    private async Task<Dictionary<(string PartitionKey, string RowKey), FindingRectification>> LoadRectificationsAsync(string? siteId, CancellationToken ct)
    {
        var records = new Dictionary<(string, string), FindingRectification>();
        var filter = siteId is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(siteId)}");
        await foreach (var entity in rectificationsTable.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            records[(entity.PartitionKey, entity.RowKey)] = RectificationEntityMapper.ToRectification(entity);
        }

        return records;
    }

    private static bool InScope(string ruleId, IReadOnlyCollection<string> ruleScopes) =>
        ruleScopes.Any(scope => ruleId.StartsWith(scope, StringComparison.Ordinal));

    private static async Task<Dictionary<string, TableEntity>> LoadPartitionAsync(TableClient table, string partitionKey, CancellationToken ct)
    {
        var entities = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            entities[entity.RowKey] = entity;
        }

        return entities;
    }

    private static async Task UpsertInBatchesAsync(TableClient table, IReadOnlyList<TableEntity> entities, CancellationToken ct)
    {
        foreach (var batch in TableBatches.Split(entities, MaxBatchActions, MaxBatchEstimatedBytes))
        {
            var actions = batch.Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            await table.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the tables now, so a wrong or unreachable account fails before a long inspection, not after.</summary>
    public Task EnsureReadyAsync(CancellationToken ct) => EnsureTablesAsync(ct);

    private async Task EnsureTablesAsync(CancellationToken ct)
    {
        if (tablesReady)
        {
            return;
        }

        await initLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!tablesReady)
            {
                await findingsTable.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
                await runsTable.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
                await rectificationsTable.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
                tablesReady = true;
            }
        }
        finally
        {
            initLock.Release();
        }
    }
}
