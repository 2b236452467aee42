using ComplianceFns.Rules.Reports.Checking.Narrative;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>Narrative-against-table checks (N-*), in catalogue order.</summary>
public static class NarrativeChecks
{
    public static IReadOnlyList<IReportCheck> All { get; } =
    [
        new ApplicationCountCheck(),
        new OutcomeCountCheck(),
        new CarryOverCheck(),
        new NarrativeBalanceCheck(),
        new ApplicantTypeCheck(),
        new ReviewLitigationCheck(),
        new NormativeDocumentCheck(),
        new ItemisedSumCheck(),
        new ConsistencyCheck(),
        new PercentageCheck(),
        new YearOnYearCheck(),
        new FeeStatementCheck(),
    ];
}
