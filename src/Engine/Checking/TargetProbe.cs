using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Checking;

/// <summary>What one run learnt about a target URL: its check result and, for HTML pages read, its anchors.</summary>
public sealed record TargetProbe(LinkCheckResult Result, IReadOnlySet<string>? AnchorIds)
{
    /// <summary>A target the run chose not to request (robots.txt, crawler trap): it yields no finding.</summary>
    public bool NotChecked { get; init; }

    /// <summary>The server asked us to slow down (429, or 503 with a long Retry-After): our limit, not its defect.</summary>
    public bool Throttled { get; init; }

    /// <summary>
    /// Failed without a request of its own (the host's circuit breaker answered): worth a finding, but no evidence
    /// about this target's earlier findings.
    /// </summary>
    public bool Inferred { get; init; }

    /// <summary>This run requested the target and got an answer it can judge: only such a probe may close a finding.</summary>
    public bool IsVerdict => !NotChecked && !Throttled && !Inferred;

    public static TargetProbe Skipped(string url, string reason) =>
        new(new LinkCheckResult { Url = url, Failure = LinkFailure.None, Detail = reason }, null) { NotChecked = true };
}
