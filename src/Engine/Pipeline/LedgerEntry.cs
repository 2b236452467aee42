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
    string? LastError)
{
    /// <summary>Every failed attempt, oldest first ("第 n 次执行：…"), the last few kept.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Set once findings are written: the alerts the run calls for (JSON), raised again by a retry.</summary>
    public string? PersistedAlertsJson { get; init; }
}
