using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;

namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>What checking one input gave: the outcome, or why the file could not be read or fetched.</summary>
public sealed record ReportCheckResult
{
    /// <summary>The input's file name or URL.</summary>
    public required string Source { get; init; }

    /// <summary>The checked report with its issues and 不可判定 checks; null when the input could not be read.</summary>
    public ReportCheckOutcome? Outcome { get; init; }

    /// <summary>Why the input could not be fetched or read (it names the file or URL); null when it was read.</summary>
    public ReportReadFailure? ReadFailure { get; init; }

    /// <summary>The format found; null when nothing was read.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>
    /// One finding per issue, in the order of <see cref="ReportCheckOutcome.Issues"/>, or the single S-READ finding.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>"organ|year" when both are known, else the source: what the findings' coverage is.</summary>
    public required string Identity { get; init; }

    /// <summary>Where the previous year's report came from (an input's source, or the store's copy); null when none.</summary>
    public string? PreviousYearSource { get; init; }

    /// <summary>
    /// Set when the store kept its earlier copy of this report instead of this reading (the stored one is more
    /// complete, or this one declares itself partial), in Chinese for the user; null when this reading was stored or
    /// nothing was stored.
    /// </summary>
    public string? StoreNote { get; init; }

    public bool Read => Outcome is not null;
}
