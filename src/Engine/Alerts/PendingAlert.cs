using Azure;

namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// An alert waiting for its burst's dispatch, with the ETag its claim must match and the addresses a dispatch
/// already mailed it to (a retried dispatch skips them).
/// </summary>
public sealed record PendingAlert(Alert Alert, string RowKey, ETag ETag, string? ClaimedBy, DateTimeOffset? ClaimedAt, IReadOnlyList<string> DeliveredTo);
