namespace ComplianceFns.Rules.Findings;

/// <summary>How the office's record applies to a finding now (see <see cref="FindingVersion"/> for when it lapses).</summary>
public static class FindingRectificationState
{
    /// <summary>
    /// The office's record as it applies now: the plan fields always, the outcome fields (status, completion, review,
    /// reason) only when they were recorded for the finding's current version. Null when nothing was recorded.
    /// </summary>
    public static FindingRectification? CurrentRectification(this Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Rectification is not { } record)
        {
            return null;
        }

        return record.StatusVersion == FindingVersion.Of(finding)
            ? record
            : record with
            {
                Status = RectificationStatus.Pending,
                CompletedAt = null,
                ReviewResult = null,
                NoActionReason = null,
                StatusVersion = null,
                StatusSetAt = null,
                StatusSetBy = null,
            };
    }

    /// <summary>The office's status for the finding's current version; 未整改 when none applies.</summary>
    public static RectificationStatus CurrentStatus(this Finding finding) =>
        finding.CurrentRectification()?.Status ?? RectificationStatus.Pending;

    /// <summary>
    /// An open finding the office marked 无需整改 with a reason, for its current version: left out of alerts, the digest
    /// and the open count, and shown with who, when and why.
    /// </summary>
    public static bool IsSuppressed(this Finding finding) =>
        finding.Status == FindingStatus.Open
        && finding.CurrentRectification() is { Status: RectificationStatus.NoActionNeeded, NoActionReason: { } reason }
        && !string.IsNullOrWhiteSpace(reason);

    /// <summary>
    /// The status the office gave an earlier version of the finding (无需整改, 已整改, 整改中) that no longer applies
    /// because the finding changed or reappeared; null when there is none.
    /// </summary>
    public static FindingRectification? LapsedOutcome(this Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Rectification is { StatusVersion: not null, Status: not RectificationStatus.Pending } record
            && record.StatusVersion != FindingVersion.Of(finding)
            ? record
            : null;
    }
}
