using ComplianceFns.Rules.Reports.Checking.Structure;
using ComplianceFns.Rules.Reports.Checking.Tables;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>Structure (S-*) and table (T2-*, T3-*, T4-*) checks, in catalogue order.</summary>
public static class TableChecks
{
    public static IReadOnlyList<IReportCheck> All { get; } =
    [
        new TruncationCheck(),
        new SectionChecks(),
        new TablePlacementCheck(),
        new PartCountCheck(),
        new OverviewCheck(),
        new FormatCheck(),
        new FilledCheck(),
        new PeriodCheck(),
        new TitleCheck(),
        new LabelCheck(),
        new FeeSectionCheck(),
        new Table3Checks(),
        new Table3CarryOverCheck(),
        new Table4Checks(),
        new Table2NumberCheck(),
        new Table2RegulationsCheck(),
        new Table2StockCheck(),
        new Table2TrialCheck(),
        new Table2UnitCheck(),
    ];
}
