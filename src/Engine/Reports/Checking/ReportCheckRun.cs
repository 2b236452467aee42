using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>One check of a batch of reports: a result per input and, when a store is configured, what it changed.</summary>
public sealed record ReportCheckRun
{
    public required string RunId { get; init; }

    public required string SiteId { get; init; }

    /// <summary>One result per input, in input order.</summary>
    public required IReadOnlyList<ReportCheckResult> Results { get; init; }

    /// <summary>How the findings history changed; null without a store.</summary>
    public FindingMergeResult? Merge { get; init; }

    /// <summary>The run record saved; null without a store.</summary>
    public RunRecord? Run { get; init; }
}
