using ComplianceFns.Rules.Reports.Checking.Tables;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>Structure (S-*) and table (T2-*, T3-*, T4-*) checks, in catalogue order.</summary>
public static class TableChecks
{
    public static IReadOnlyList<IReportCheck> All { get; } =
    [
        new Table3Checks(),
    ];
}
