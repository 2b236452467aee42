using ComplianceFns.Engine.Reports.Publication;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Inspection;

public sealed record InspectionResult
{
    public required string SiteId { get; init; }

    public required string RunId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required int PagesCrawled { get; init; }

    /// <summary>Link occurrences examined on all pages.</summary>
    public required int LinksExamined { get; init; }

    /// <summary>Distinct target URLs checked (each once per run).</summary>
    public required int TargetsChecked { get; init; }

    /// <summary>Named errors that did not stop the run (unreachable start page, unreadable attachment …).</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>Raw exception texts (type and message) behind some of the errors: for the run record, never printed for staff.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    public bool Cancelled { get; init; }

    /// <summary>Pages of the site this run could not read (each also a finding): their links and text went unchecked.</summary>
    public IReadOnlyList<Crawling.UnreadPage> UnreadPages { get; init; } = [];

    /// <summary>The pages (and attachments) this run read: a finding on a page it did not read is not resolved.</summary>
    public IReadOnlySet<string> CrawledPages { get; init; } = new HashSet<string>();

    /// <summary>The pages whose text this run checked for typos: a typo finding elsewhere is not resolved.</summary>
    public IReadOnlySet<string> TypoCheckedPages { get; init; } = new HashSet<string>();

    /// <summary>Organs whose annual-report column this run read completely: only their publication findings may be resolved.</summary>
    public IReadOnlySet<string> PublicationCheckedOrgans { get; init; } = new HashSet<string>();

    /// <summary>
    /// Link targets this run met on its pages but could not judge (throttled, skipped by robots.txt or a trap rule,
    /// answered by the host's circuit breaker, over the target cap, cut by the deadline): their findings stay open.
    /// </summary>
    public IReadOnlySet<string> UnverifiedTargets { get; init; } = new HashSet<string>();

    /// <summary>Link targets this run requested and judged (healthy or not).</summary>
    public IReadOnlySet<string> VerifiedTargets { get; init; } = new HashSet<string>();

    /// <summary>
    /// Whether this run has the evidence to close the finding if it did not find it again: it read the page the
    /// finding is on (for a publication finding: its organ's column) for the finding's rule family, and, for a link,
    /// it judged the target or saw that the link is gone.
    /// </summary>
    public bool Covers(Rules.Findings.Finding finding)
    {
        if (finding.RuleId.StartsWith(PublicationEvidence.RuleScope, StringComparison.Ordinal))
        {
            // A report that disappeared, or moved into the column, is fixed even though its old page was not read.
            return finding.EvidenceValue(PublicationEvidence.Organ) is { } organ && PublicationCheckedOrgans.Contains(organ);
        }

        if (Rules.Catalogue.RuleScopes.IsIn(finding.RuleId, Rules.Catalogue.RuleScopes.Typos))
        {
            return TypoCheckedPages.Contains(finding.PageUrl);
        }

        if (Rules.Links.LinkRules.PageReadRules.Any(r => r.Id == finding.RuleId))
        {
            // Settled once the page is read again, or answers so that links to it were judged (now missing, say).
            return CrawledPages.Contains(finding.PageUrl) || VerifiedTargets.Contains(finding.PageUrl);
        }

        if (finding.TargetUrl is { } target && UnverifiedTargets.Contains(target))
        {
            return false; // the link is still there but its target went unjudged: no evidence either way
        }

        if (finding.TargetUrl is { } shared && finding.EvidenceValue(Rules.Links.LinkFindingFactory.SharedPagesEvidence) is not null
            && VerifiedTargets.Contains(shared))
        {
            return true; // a template link stands for many pages: judging its target settles it
        }

        return CrawledPages.Contains(finding.PageUrl);
    }

    /// <summary>The rule families this run was authoritative for: only these may be marked resolved.</summary>
    public IReadOnlyList<string> RuleScopes { get; init; } = [Rules.Catalogue.RuleScopes.Links];

    /// <summary>The rule families this run set out to check, authoritative or not: their open findings it could not look at are counted as unverified.</summary>
    public IReadOnlyList<string> ExaminedScopes { get; init; } = [Rules.Catalogue.RuleScopes.Links];
}
