using System.Globalization;
using Azure.Data.Tables;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// <see cref="FindingRectification"/> ⇄ table entity in the Rectifications table, keyed like its finding
/// (PartitionKey = escaped site id, RowKey = escaped fingerprint), so the office's record never rides on the
/// inspection's writes: a merge replaces finding entities whole and can neither lose nor race an import.
/// </summary>
internal static class RectificationEntityMapper
{
    private const string DateFormat = "yyyy-MM-dd";

    public static TableEntity ToEntity(string siteId, string fingerprint, FindingRectification record)
    {
        var entity = new TableEntity(TableKeys.Escape(siteId), TableKeys.Escape(fingerprint))
        {
            ["SiteId"] = TableText.Truncate(siteId),
            ["Fingerprint"] = fingerprint,
            [nameof(FindingRectification.Assignee)] = TableText.TruncateOrNull(record.Assignee),
            [nameof(FindingRectification.Measure)] = TableText.TruncateOrNull(record.Measure),
            [nameof(FindingRectification.Deadline)] = record.Deadline?.ToString(DateFormat, CultureInfo.InvariantCulture),
            [nameof(FindingRectification.Status)] = record.Status.ToToken(),
            [nameof(FindingRectification.CompletedAt)] = record.CompletedAt?.ToUniversalTime(),
            [nameof(FindingRectification.ReviewResult)] = TableText.TruncateOrNull(record.ReviewResult),
            [nameof(FindingRectification.NoActionReason)] = TableText.TruncateOrNull(record.NoActionReason),
            [nameof(FindingRectification.StatusVersion)] = record.StatusVersion,
            [nameof(FindingRectification.StatusSetAt)] = record.StatusSetAt?.ToUniversalTime(),
            [nameof(FindingRectification.StatusSetBy)] = TableText.TruncateOrNull(record.StatusSetBy),
            [nameof(FindingRectification.UpdatedAt)] = record.UpdatedAt.ToUniversalTime(),
            [nameof(FindingRectification.UpdatedBy)] = TableText.TruncateOrNull(record.UpdatedBy),
        };

        foreach (var key in entity.Keys.Where(key => entity[key] is null).ToList())
        {
            entity.Remove(key);
        }

        return entity;
    }

    public static FindingRectification ToRectification(TableEntity entity) => new()
    {
        Assignee = entity.GetString(nameof(FindingRectification.Assignee)),
        Measure = entity.GetString(nameof(FindingRectification.Measure)),
        Deadline = entity.GetString(nameof(FindingRectification.Deadline)) is { } deadline
            ? DateOnly.ParseExact(deadline, DateFormat, CultureInfo.InvariantCulture)
            : null,
        Status = entity.GetString(nameof(FindingRectification.Status)) is { } status
            ? RectificationStatusNames.ParseToken(status)
            : RectificationStatus.Pending,
        CompletedAt = entity.GetDateTimeOffset(nameof(FindingRectification.CompletedAt)),
        ReviewResult = entity.GetString(nameof(FindingRectification.ReviewResult)),
        NoActionReason = entity.GetString(nameof(FindingRectification.NoActionReason)),
        StatusVersion = entity.GetString(nameof(FindingRectification.StatusVersion)),
        StatusSetAt = entity.GetDateTimeOffset(nameof(FindingRectification.StatusSetAt)),
        StatusSetBy = entity.GetString(nameof(FindingRectification.StatusSetBy)),
        UpdatedAt = entity.GetDateTimeOffset(nameof(FindingRectification.UpdatedAt)) ?? default,
        UpdatedBy = entity.GetString(nameof(FindingRectification.UpdatedBy)),
    };
}
