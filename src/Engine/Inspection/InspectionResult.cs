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

    public bool Cancelled { get; init; }

    /// <summary>The pages (and attachments) this run read: a finding on a page it did not read is not resolved.</summary>
    public IReadOnlySet<string> CrawledPages { get; init; } = new HashSet<string>();

    /// <summary>The pages whose text this run checked for typos: a typo finding elsewhere is not resolved.</summary>
    public IReadOnlySet<string> TypoCheckedPages { get; init; } = new HashSet<string>();

    /// <summary>Organs whose annual-report column this run read completely: only their publication findings may be resolved.</summary>
    public IReadOnlySet<string> PublicationCheckedOrgans { get; init; } = new HashSet<string>();

    /// <summary>Whether this run read the page the finding is on (for a publication finding: its organ's column), for the finding's own rule family.</summary>
    public bool Covers(Rules.Findings.Finding finding)
    {
        if (finding.RuleId.StartsWith(PublicationEvidence.RuleScope, StringComparison.Ordinal))
        {
            // A report that disappeared, or moved into the column, is fixed even though its old page was not read.
            return finding.EvidenceValue(PublicationEvidence.Organ) is { } organ && PublicationCheckedOrgans.Contains(organ);
        }

        return finding.RuleId.StartsWith("typo.", StringComparison.Ordinal)
            ? TypoCheckedPages.Contains(finding.PageUrl)
            : CrawledPages.Contains(finding.PageUrl);
    }

    /// <summary>The rule families this run was authoritative for: only these may be marked resolved.</summary>
    public IReadOnlyList<string> RuleScopes { get; init; } = ["link."];
}
