namespace ComplianceFns.Rules.Findings;

/// <summary>
/// What the office recorded about a finding in its rectification ledger (整改台账) and imported back. Two kinds of
/// fields: the plan (责任人, 措施, 时限), which stays with the finding for good, and the outcome (状态, 完成时间,
/// 复核结果, 无需整改理由), which belongs to one <see cref="FindingVersion"/> of the finding: when the finding changes
/// or reappears after an inspection resolved it, the outcome no longer applies and the finding is 未整改 again.
/// The inspection history (first/last seen, resolved) is never touched by it.
/// </summary>
public sealed record FindingRectification
{
    /// <summary>整改责任人.</summary>
    public string? Assignee { get; init; }

    /// <summary>整改措施.</summary>
    public string? Measure { get; init; }

    /// <summary>整改时限 typed by the office; null keeps the computed one (working days by severity).</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>整改状态, valid only for <see cref="StatusVersion"/>.</summary>
    public RectificationStatus Status { get; init; } = RectificationStatus.Pending;

    /// <summary>整改完成时间, valid only for <see cref="StatusVersion"/>.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>复核结果, valid only for <see cref="StatusVersion"/>.</summary>
    public string? ReviewResult { get; init; }

    /// <summary>无需整改理由 (required with <see cref="RectificationStatus.NoActionNeeded"/>), valid only for <see cref="StatusVersion"/>.</summary>
    public string? NoActionReason { get; init; }

    /// <summary>The <see cref="FindingVersion"/> the outcome fields were recorded for.</summary>
    public string? StatusVersion { get; init; }

    /// <summary>When the status (or the 无需整改 reason) was last set: the "when" of a suppression.</summary>
    public DateTimeOffset? StatusSetAt { get; init; }

    /// <summary>Who set it (the importing person): the "who" of a suppression.</summary>
    public string? StatusSetBy { get; init; }

    /// <summary>When any field was last changed by an import.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }
}
