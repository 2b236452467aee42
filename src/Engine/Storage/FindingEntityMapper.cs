using Azure.Data.Tables;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Storage;

/// <summary>Finding ⇄ table entity: PartitionKey = escaped site id, RowKey = escaped fingerprint.</summary>
internal static class FindingEntityMapper
{
    public const string FirstRunIdProperty = "FirstRunId";
    public const string LastRunIdProperty = "LastRunId";

    public static TableEntity ToEntity(Finding finding, string? firstRunId, string? lastRunId)
    {
        var entity = new TableEntity(TableKeys.Escape(finding.SiteId), TableKeys.Escape(finding.Fingerprint))
        {
            [nameof(Finding.RuleId)] = TableText.Truncate(finding.RuleId),
            [nameof(Finding.Severity)] = finding.Severity.ToToken(),
            [nameof(Finding.SiteId)] = TableText.Truncate(finding.SiteId),
            [nameof(Finding.PageUrl)] = TableText.Truncate(finding.PageUrl),
            [nameof(Finding.TargetUrl)] = TableText.TruncateOrNull(finding.TargetUrl),
            [nameof(Finding.Text)] = TableText.TruncateOrNull(finding.Text),
            [nameof(Finding.Message)] = TableText.Truncate(finding.Message),
            [nameof(Finding.Evidence)] = EvidenceJson.Serialize(finding.Evidence),
            [nameof(Finding.Fingerprint)] = finding.Fingerprint,
            [nameof(Finding.FirstSeen)] = finding.FirstSeen.ToUniversalTime(),
            [nameof(Finding.LastSeen)] = finding.LastSeen.ToUniversalTime(),
            [nameof(Finding.Status)] = finding.Status.ToToken(),
            [nameof(Finding.ResolvedAt)] = finding.ResolvedAt?.ToUniversalTime(),
            [nameof(Finding.OpenedAt)] = finding.OpenedAt?.ToUniversalTime(),
            [FirstRunIdProperty] = firstRunId is null ? null : TableText.Truncate(firstRunId),
            [LastRunIdProperty] = lastRunId is null ? null : TableText.Truncate(lastRunId),
        };

        // Null values are left out so the stored entity has no empty columns.
        foreach (var key in entity.Keys.Where(key => entity[key] is null).ToList())
        {
            entity.Remove(key);
        }

        return entity;
    }

    public static Finding ToFinding(TableEntity entity) => new()
    {
        RuleId = Required(entity, nameof(Finding.RuleId)),
        Severity = SeverityNames.ParseToken(Required(entity, nameof(Finding.Severity))),
        SiteId = Required(entity, nameof(Finding.SiteId)),
        PageUrl = Required(entity, nameof(Finding.PageUrl)),
        TargetUrl = entity.GetString(nameof(Finding.TargetUrl)),
        Text = entity.GetString(nameof(Finding.Text)),
        Message = Required(entity, nameof(Finding.Message)),
        Evidence = EvidenceJson.Deserialize(entity.GetString(nameof(Finding.Evidence))),
        Fingerprint = Required(entity, nameof(Finding.Fingerprint)),
        FirstSeen = entity.GetDateTimeOffset(nameof(Finding.FirstSeen)) ?? default,
        LastSeen = entity.GetDateTimeOffset(nameof(Finding.LastSeen)) ?? default,
        Status = FindingStatusTokens.ParseStatusToken(Required(entity, nameof(Finding.Status))),
        ResolvedAt = entity.GetDateTimeOffset(nameof(Finding.ResolvedAt)),
        OpenedAt = entity.GetDateTimeOffset(nameof(Finding.OpenedAt)),
    };

    private static string Required(TableEntity entity, string name) =>
        entity.GetString(name)
        ?? throw new FormatException($"Finding entity {entity.PartitionKey}/{entity.RowKey} has no '{name}'.");
}
