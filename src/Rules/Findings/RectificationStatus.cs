namespace ComplianceFns.Rules.Findings;

/// <summary>
/// The office's own status of a finding in the rectification ledger (整改状态). It is the office's record, not the
/// inspection's: <see cref="ClaimedDone"/> is a claim the next inspection confirms (by resolving the finding) or not.
/// </summary>
public enum RectificationStatus
{
    /// <summary>未整改 (also what an empty cell means).</summary>
    Pending = 0,

    /// <summary>整改中.</summary>
    InProgress = 1,

    /// <summary>已整改: the office says it is fixed; the finding stays open until an inspection no longer finds it.</summary>
    ClaimedDone = 2,

    /// <summary>无需整改 with a reason: kept out of alerts and of the open count while the finding stays the same.</summary>
    NoActionNeeded = 3,
}

public static class RectificationStatusNames
{
    /// <summary>The drop-down's values, in the ledger's order.</summary>
    public static IReadOnlyList<RectificationStatus> All { get; } =
        [RectificationStatus.Pending, RectificationStatus.InProgress, RectificationStatus.ClaimedDone, RectificationStatus.NoActionNeeded];

    public static string ToChinese(this RectificationStatus status) => status switch
    {
        RectificationStatus.Pending => "未整改",
        RectificationStatus.InProgress => "整改中",
        RectificationStatus.ClaimedDone => "已整改",
        RectificationStatus.NoActionNeeded => "无需整改",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The stable token used in storage, so renaming the enum never rewrites history.</summary>
    public static string ToToken(this RectificationStatus status) => status switch
    {
        RectificationStatus.Pending => "pending",
        RectificationStatus.InProgress => "in-progress",
        RectificationStatus.ClaimedDone => "claimed-done",
        RectificationStatus.NoActionNeeded => "no-action",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static RectificationStatus ParseToken(string token) => token switch
    {
        "pending" => RectificationStatus.Pending,
        "in-progress" => RectificationStatus.InProgress,
        "claimed-done" => RectificationStatus.ClaimedDone,
        "no-action" => RectificationStatus.NoActionNeeded,
        _ => throw new FormatException($"Unknown rectification status '{token}'."),
    };

    /// <summary>The status a ledger cell names (surrounding blanks ignored; empty is 未整改), or null for any other text.</summary>
    public static RectificationStatus? FromChinese(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return RectificationStatus.Pending;
        }

        foreach (var status in All)
        {
            if (status.ToChinese() == value)
            {
                return status;
            }
        }

        return null;
    }
}
