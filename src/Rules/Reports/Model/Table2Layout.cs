namespace ComplianceFns.Rules.Reports.Model;

/// <summary>Table 二's rows and columns per format (docs/domain/annual-reports.md §3.1, §3.2).</summary>
public static class Table2Layout
{
    public const string Regulations = "规章";
    public const string NormativeDocs2021 = "行政规范性文件";
    public const string NormativeDocs2019 = "规范性文件";
    public const string Licensing = "行政许可";
    public const string OtherServices = "其他对外管理服务事项";
    public const string Penalty = "行政处罚";
    public const string Enforcement = "行政强制";
    public const string Fees = "行政事业性收费";
    public const string Procurement = "政府集中采购";

    // 2021 columns
    public const string Issued = "本年制发件数";
    public const string Repealed = "本年废止件数";
    public const string InForce = "现行有效件数";
    public const string Decisions = "本年处理决定数量";
    public const string FeeAmount = "本年收费金额";

    // 2019 trial columns
    public const string NewlyMade = "本年新制作数量";
    public const string NewlyPublished = "本年新公开数量";
    public const string PublishedTotal = "对外公开总数量";
    public const string PreviousItems = "上一年项目数量";
    public const string Change = "本年增/减";
    public const string TrialDecisions = "处理决定数量";
    public const string ProcurementItems = "采购项目数量";
    public const string ProcurementAmount = "采购总金额";

    /// <summary>Rows and their columns in printed order, for a format.</summary>
    public static IReadOnlyList<(string Row, IReadOnlyList<string> Columns)> Rows(ReportFormat format) => format == ReportFormat.Trial2019
        ? [
            (Regulations, [NewlyMade, NewlyPublished, PublishedTotal]),
            (NormativeDocs2019, [NewlyMade, NewlyPublished, PublishedTotal]),
            (Licensing, [PreviousItems, Change, TrialDecisions]),
            (OtherServices, [PreviousItems, Change, TrialDecisions]),
            (Penalty, [PreviousItems, Change, TrialDecisions]),
            (Enforcement, [PreviousItems, Change, TrialDecisions]),
            (Fees, [PreviousItems, Change]),
            (Procurement, [ProcurementItems, ProcurementAmount]),
        ]
        : [
            (Regulations, [Issued, Repealed, InForce]),
            (NormativeDocs2021, [Issued, Repealed, InForce]),
            (Licensing, [Decisions]),
            (Penalty, [Decisions]),
            (Enforcement, [Decisions]),
            (Fees, [FeeAmount]),
        ];

    /// <summary>Columns holding amounts in 万元 (decimals and units allowed).</summary>
    public static bool IsAmount(string column) => column is FeeAmount or ProcurementAmount;

    /// <summary>The trial format's signed column.</summary>
    public static bool IsSigned(string column) => column == Change;
}
