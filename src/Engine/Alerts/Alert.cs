namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Something an admin must hear about now. <see cref="Key"/> is its identity for storm control: the same key is
/// not mailed twice within the repeat window, whatever the details say.
/// </summary>
public sealed record Alert
{
    public required AlertKind Kind { get; init; }

    public required string Key { get; init; }

    public string? SiteId { get; init; }

    /// <summary>The site's display name (falls back to the id in mails).</summary>
    public string? SiteName { get; init; }

    /// <summary>One Simplified-Chinese line saying what happened.</summary>
    public required string Summary { get; init; }

    /// <summary>Further lines: pages, rules, counts, the error.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The site's own recipients, in addition to the global ones.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>How many times the key was raised before the mail went out (set when folded).</summary>
    public int Occurrences { get; init; } = 1;

    /// <summary>"某某县人民政府（sample-gov）", or "全部站点" for an alert about no one site.</summary>
    public string SiteLabel =>
        SiteId is null ? "全部站点"
        : string.IsNullOrWhiteSpace(SiteName) || SiteName == SiteId ? SiteId
        : $"{SiteName}（{SiteId}）";
}
