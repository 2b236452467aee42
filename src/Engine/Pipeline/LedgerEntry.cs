namespace ComplianceFns.Engine.Pipeline;

/// <summary>One (site, run) row of the inspection ledger.</summary>
public sealed record LedgerEntry(
    string SiteId,
    string RunId,
    LedgerState State,
    int Attempts,
    string? MessageId,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? StartedAt,
    string? LastError);
