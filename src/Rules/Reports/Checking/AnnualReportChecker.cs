using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>Runs every single-report (and cross-year) check on a read report.</summary>
public sealed class AnnualReportChecker(IReadOnlyList<IReportCheck> checks)
{
    /// <summary>The structure/table checks, then the narrative checks.</summary>
    public static AnnualReportChecker Default { get; } = new([.. TableChecks.All, .. NarrativeChecks.All]);

    public ReportCheckOutcome Check(AnnualReport report, AnnualReport? previousYear = null, OrganProfile? organ = null)
    {
        var context = new ReportCheckContext(report, previousYear, organ);
        foreach (var check in checks)
        {
            check.Check(context);
        }

        var issues = context.Issues
            .OrderBy(i => RuleCatalog.Order(i.RuleId))
            .ThenBy(i => i.Line ?? int.MaxValue)
            .ToArray();
        return new ReportCheckOutcome(report, issues, context.Undecidable);
    }
}
