using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// RunRecord ⇄ table entity: PartitionKey = escaped site id, RowKey = inverted start ticks + escaped run id, so a
/// partition scan returns the newest run first.
/// </summary>
internal static class RunRecordEntityMapper
{
    private const string ErrorsJsonProperty = "ErrorsJson";
    private const string FindingsByRuleJsonProperty = "FindingsByRuleJson";

    public static string RowKey(RunRecord run)
    {
        var inverted = DateTimeOffset.MaxValue.UtcTicks - run.StartedAt.UtcTicks;
        return TableKeys.Escape(inverted.ToString("D19", CultureInfo.InvariantCulture) + "_" + run.RunId);
    }

    public static TableEntity ToEntity(RunRecord run)
    {
        var entity = new TableEntity(TableKeys.Escape(run.SiteId), RowKey(run))
        {
            [nameof(RunRecord.RunId)] = run.RunId,
            [nameof(RunRecord.SiteId)] = run.SiteId,
            [nameof(RunRecord.Trigger)] = TableText.Truncate(run.Trigger),
            [nameof(RunRecord.StartedAt)] = run.StartedAt.ToUniversalTime(),
            [nameof(RunRecord.FinishedAt)] = run.FinishedAt.ToUniversalTime(),
            [nameof(RunRecord.Status)] = run.Status.ToString(),
            [nameof(RunRecord.PagesCrawled)] = run.PagesCrawled,
            [nameof(RunRecord.LinksChecked)] = run.LinksChecked,
            [nameof(RunRecord.NewFindings)] = run.NewFindings,
            [nameof(RunRecord.ResolvedFindings)] = run.ResolvedFindings,
            [nameof(RunRecord.UnverifiedFindings)] = run.UnverifiedFindings,
            // Kept for queries and humans browsing the table; derived again on read.
            ["DurationSeconds"] = run.Duration.TotalSeconds,
        };

        // Both can exceed one property (200 errors × 500 chars); chunks keep them whole.
        TableText.WriteChunked(entity, FindingsByRuleJsonProperty, JsonSerializer.Serialize(run.FindingsByRule, StorageJson.Options));
        TableText.WriteChunked(entity, ErrorsJsonProperty, JsonSerializer.Serialize(run.Errors, StorageJson.Options));
        return entity;
    }

    public static RunRecord ToRunRecord(TableEntity entity) => new()
    {
        RunId = Required(entity, nameof(RunRecord.RunId)),
        SiteId = Required(entity, nameof(RunRecord.SiteId)),
        Trigger = Required(entity, nameof(RunRecord.Trigger)),
        StartedAt = entity.GetDateTimeOffset(nameof(RunRecord.StartedAt)) ?? default,
        FinishedAt = entity.GetDateTimeOffset(nameof(RunRecord.FinishedAt)) ?? default,
        Status = Enum.Parse<RunStatus>(Required(entity, nameof(RunRecord.Status))),
        PagesCrawled = entity.GetInt32(nameof(RunRecord.PagesCrawled)) ?? 0,
        LinksChecked = entity.GetInt32(nameof(RunRecord.LinksChecked)) ?? 0,
        NewFindings = entity.GetInt32(nameof(RunRecord.NewFindings)) ?? 0,
        ResolvedFindings = entity.GetInt32(nameof(RunRecord.ResolvedFindings)) ?? 0,
        UnverifiedFindings = entity.GetInt32(nameof(RunRecord.UnverifiedFindings)) ?? 0,
        FindingsByRule = ReadJson<Dictionary<string, int>>(entity, FindingsByRuleJsonProperty) ?? [],
        Errors = ReadJson<string[]>(entity, ErrorsJsonProperty) ?? [],
    };

    private static T? ReadJson<T>(TableEntity entity, string name)
    {
        var json = TableText.ReadChunked(entity, name);
        return json is null ? default : JsonSerializer.Deserialize<T>(json, StorageJson.Options);
    }

    private static string Required(TableEntity entity, string name) =>
        entity.GetString(name)
        ?? throw new FormatException($"Run entity {entity.PartitionKey}/{entity.RowKey} has no '{name}'.");
}
