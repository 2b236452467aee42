using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>One site's part of the daily digest.</summary>
public sealed record SiteDigest
{
    public required string SiteId { get; init; }

    public string? SiteName { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Findings first seen since the previous digest and still open (those the office marked 无需整改 left out).</summary>
    public IReadOnlyList<Finding> New { get; init; } = [];

    /// <summary>Every open finding, counted by severity (all three severities present), without those marked 无需整改.</summary>
    public IReadOnlyDictionary<Severity, int> OpenBySeverity { get; init; } = new Dictionary<Severity, int>();

    /// <summary>Findings resolved since the previous digest.</summary>
    public IReadOnlyList<Finding> Fixed { get; init; } = [];

    /// <summary>Open findings the office marked 无需整改 with a reason: not counted as 未整改, not listed as new.</summary>
    public int Suppressed { get; init; }

    public RunRecord? LastRun { get; init; }

    public int OpenTotal => OpenBySeverity.Values.Sum();

    public string SiteLabel => string.IsNullOrWhiteSpace(SiteName) || SiteName == SiteId ? SiteId : $"{SiteName}（{SiteId}）";

    /// <summary>New and fixed are those stamped in (<paramref name="since"/>, <paramref name="until"/>]: findings of a run still going at the end of the window belong to the next digest.</summary>
    public static SiteDigest From(
        string siteId, string? siteName, IReadOnlyList<string> recipients, IReadOnlyList<Finding> findings, RunRecord? lastRun, DateTimeOffset since, DateTimeOffset until)
    {
        var open = findings.Where(f => f.Status == FindingStatus.Open && !f.IsSuppressed()).ToList();
        return new SiteDigest
        {
            SiteId = siteId,
            SiteName = siteName,
            Recipients = recipients,
            New = open.Where(f => f.FirstSeen > since && f.FirstSeen <= until).ToList(),
            OpenBySeverity = Enum.GetValues<Severity>().ToDictionary(s => s, s => open.Count(f => f.Severity == s)),
            Fixed = findings.Where(f => f.Status == FindingStatus.Resolved && f.ResolvedAt > since && f.ResolvedAt <= until).ToList(),
            Suppressed = findings.Count(f => f.IsSuppressed()),
            LastRun = lastRun,
        };
    }
}
