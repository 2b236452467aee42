namespace ComplianceFns.Engine.Storage;

/// <summary>How one run's findings changed the site's stored findings.</summary>
public sealed record FindingMergeResult
{
    public int New => NewFingerprints.Count;

    /// <summary>Findings found again that were already open, those marked 无需整改 included.</summary>
    public int StillOpen { get; init; }

    /// <summary>Of <see cref="StillOpen"/>, those the office marked 无需整改 for what they say now: out of the open count.</summary>
    public int StillOpenSuppressed { get; init; }

    /// <summary>The open count an admin reads: still open and not marked 无需整改.</summary>
    public int StillToFix => StillOpen - StillOpenSuppressed;

    /// <summary>"仍未整改 N 个", with the 无需整改 ones named apart when there are any.</summary>
    public string StillOpenText => StillOpenSuppressed == 0
        ? $"仍未整改 {StillOpen} 个"
        : $"仍未整改 {StillToFix} 个（另有 {StillOpenSuppressed} 个已登记无需整改）";

    public int Reopened => ReopenedFingerprints.Count;

    public int Resolved => ResolvedFingerprints.Count;

    /// <summary>Open findings this run could not look at again (throttled, skipped, not reached): kept open as they were.</summary>
    public int Unverified => UnverifiedFingerprints.Count;

    public IReadOnlyList<string> NewFingerprints { get; init; } = [];

    public IReadOnlyList<string> ReopenedFingerprints { get; init; } = [];

    public IReadOnlyList<string> ResolvedFingerprints { get; init; } = [];

    public IReadOnlyList<string> UnverifiedFingerprints { get; init; } = [];
}
