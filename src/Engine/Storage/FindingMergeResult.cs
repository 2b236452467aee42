namespace ComplianceFns.Engine.Storage;

/// <summary>How one run's findings changed the site's stored findings.</summary>
public sealed record FindingMergeResult
{
    public int New => NewFingerprints.Count;

    public int StillOpen { get; init; }

    public int Reopened => ReopenedFingerprints.Count;

    public int Resolved => ResolvedFingerprints.Count;

    /// <summary>Open findings this run could not look at again (throttled, skipped, not reached): kept open as they were.</summary>
    public int Unverified => UnverifiedFingerprints.Count;

    public IReadOnlyList<string> NewFingerprints { get; init; } = [];

    public IReadOnlyList<string> ReopenedFingerprints { get; init; } = [];

    public IReadOnlyList<string> ResolvedFingerprints { get; init; } = [];

    public IReadOnlyList<string> UnverifiedFingerprints { get; init; } = [];
}
