namespace ComplianceFns.Rules.Findings;

/// <summary>
/// One defect, the single model every check in the product produces (links, typos, annual reports).
/// Detection fills the identity and description; the store fills the history (first/last seen, status).
/// </summary>
public sealed record Finding
{
    /// <summary>Stable rule id, e.g. <c>link.http-404</c>.</summary>
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The configured site (or upload source) the finding belongs to.</summary>
    public required string SiteId { get; init; }

    /// <summary>The page (or file) where the defect is.</summary>
    public required string PageUrl { get; init; }

    /// <summary>The link target, when the finding is about a link.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>The link text, the wrong text or the table cell the finding is about.</summary>
    public string? Text { get; init; }

    /// <summary>A precise Simplified-Chinese message for the admin.</summary>
    public required string Message { get; init; }

    /// <summary>Machine-readable evidence (status, redirect chain, matched text …), in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Evidence { get; init; } = [];

    /// <summary>Identity across runs; see <see cref="FindingFingerprint"/>.</summary>
    public required string Fingerprint { get; init; }

    public DateTimeOffset FirstSeen { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    public FindingStatus Status { get; init; } = FindingStatus.Open;

    /// <summary>When a later run no longer found it; null while open.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>
    /// When the current occurrence began: the run that found it first, or the run that found it again after it had
    /// been resolved. Null for findings stored before this was kept (their occurrence began at <see cref="FirstSeen"/>).
    /// </summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>What the office recorded in its rectification ledger, or null when it recorded nothing.</summary>
    public FindingRectification? Rectification { get; init; }

    public string? EvidenceValue(string key)
    {
        foreach (var pair in Evidence)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
