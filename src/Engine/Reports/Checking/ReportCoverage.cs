using System.Globalization;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;

namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>
/// Which stored findings a report check may resolve: only those of the reports it actually read (same "organ|year"
/// identity), and of those only rules it could decide this time (a 不可判定 check is no evidence of a fix). A file
/// that is readable now also settles its own earlier S-READ finding. Nothing of another report is ever touched.
/// </summary>
internal sealed class ReportCoverage
{
    /// <summary>The rule families report checks produce (structure, tables, narrative); P-* needs a crawl and is not run here.</summary>
    public static readonly IReadOnlyList<string> RuleScopes = ["S-", "T2-", "T3-", "T4-", "N-"];

    private readonly Dictionary<string, HashSet<string>> undecidedByIdentity = new(StringComparer.Ordinal);
    private readonly HashSet<string> readSources = new(StringComparer.Ordinal);

    public ReportCoverage(IEnumerable<ReportCheckResult> results)
    {
        foreach (var result in results)
        {
            if (result.Outcome is not { } outcome)
            {
                continue;
            }

            readSources.Add(result.Source);
            var undecided = outcome.Undecidable.Select(u => u.RuleId).ToHashSet(StringComparer.Ordinal);
            if (undecidedByIdentity.TryGetValue(result.Identity, out var earlier))
            {
                // The same report twice in one batch: a rule counts as decided only if both copies decided it.
                earlier.UnionWith(undecided);
            }
            else
            {
                undecidedByIdentity[result.Identity] = undecided;
            }
        }
    }

    /// <summary>The identity a stored report finding was made under (its identity evidence; older findings: page, year, organ).</summary>
    public static string IdentityOf(Finding finding) => ReportFindingFactory.IdentityOf(finding);

    public bool Covers(Finding finding)
    {
        if (finding.RuleId == ReportFindingFactory.ReadFailureRuleId && readSources.Contains(finding.PageUrl))
        {
            return true;
        }

        return undecidedByIdentity.TryGetValue(IdentityOf(finding), out var undecided) && !undecided.Contains(finding.RuleId);
    }
}
