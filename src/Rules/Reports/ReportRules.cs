using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports;

/// <summary>
/// The annual-report check catalogue (docs/domain/annual-reports.md §6). Ids are the document's own stable ids,
/// used verbatim in findings, JSON output and fingerprints. Severity here is the default; a check may report a
/// different one where the catalogue says "E / W".
/// </summary>
public static class ReportRules
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new("S-TRUNCATED", Severity.General, "年报文本不完整", "The text visibly breaks off before its last section: checked as far as it goes."),
        new("S-SECTIONS", Severity.Serious, "年报结构缺项", "All six sections present, in order."),
        new("S-PARTCOUNT", Severity.General, "导语部分数与正文不符", "The preamble's announced parts agree with the sections present."),
        new("S-OVERVIEW", Severity.General, "总体情况内容不全", "2021+: 总体情况 covers the five topics."),
        new("S-FORMAT", Severity.Serious, "年报格式与年度不符", "The table layout matches the report year."),
        new("S-FILLED", Severity.Serious, "表格未填报", "Tables 二, 三 and 四 present and not entirely empty."),
        new("S-PERIOD", Severity.Serious, "统计期限错误", "The stated statistics period is the report year."),
        new("S-TITLE", Severity.General, "年报标题不规范", "The title names the year and 政府信息公开工作年度报告."),
        new("S-LABEL", Severity.General, "表格行列标题错误", "Row and column labels match the canonical labels."),
        new("S-FEE-SEC6", Severity.Hint, "未说明信息处理费", "2021+: section 六 mentions 信息处理费."),
        new("T3-COL", Severity.Serious, "表三列勾稽不平", "Table 三, every column: 一 + 二 = 三(七) + 四."),
        new("T3-SUM", Severity.Serious, "表三办理结果合计不符", "Table 三, every column: 三(七) = sum of outcome rows."),
        new("T3-ROW", Severity.Serious, "表三行合计不符", "Table 三, every row: 总计 = sum of the six applicant columns."),
        new("T3-NONNEG", Severity.Serious, "表三数据非法", "Table 三 values are non-negative integers."),
        new("T3-BLANK", Severity.General, "表三单元格未填写", "Table 三 cell blank or a placeholder."),
        new("T3-ROWS", Severity.General, "表三行不完整", "All rows of table 三 identified with 7 values."),
        new("T3-CARRY-Y", Severity.Serious, "跨年度结转不一致", "This year's 二 equals last year's 四."),
        new("T4-REV", Severity.Serious, "表四行政复议合计不符", "Table 四 行政复议: 总计 = the four results."),
        new("T4-LIT1", Severity.Serious, "表四直接起诉合计不符", "Table 四 未经复议直接起诉: 总计 = the four results."),
        new("T4-LIT2", Severity.Serious, "表四复议后起诉合计不符", "Table 四 复议后起诉: 总计 = the four results."),
        new("T4-COUNT", Severity.General, "表四数据不完整", "Table 四 has exactly 15 values, none blank."),
        new("T2-NUM", Severity.Serious, "表二数据非法", "Table 二 values numeric and non-negative."),
        new("T2-REGS", Severity.Serious, "无规章制定权却填报规章", "规章 is 0 or / for organs without rule-making power."),
        new("T2-STOCK", Severity.Hint, "规范性文件存量不符", "现行有效 stock plausibility within and across years."),
        new("T2-TRIAL", Severity.Hint, "表二公开总数小于新公开数", "Trial format: 对外公开总数量 ≥ 本年新公开数量."),
        new("T2-UNIT", Severity.Hint, "表二金额单位已换算", "Amounts with units or separators normalised to 万元."),
        new("N-APP", Severity.Serious, "正文申请数与表三不符", "Application counts in the text equal table 三."),
        new("N-OUT", Severity.Serious, "正文办理结果与表三不符", "Outcome counts in the text equal table 三's sub-totals."),
        new("N-CARRY", Severity.Serious, "正文结转情况与表三不符", "Carry-over statements equal table 三."),
        new("N-APPTYPE", Severity.General, "正文申请人类型与表三不符", "均为自然人申请 means the 法人 columns of 一 are 0."),
        new("N-T4", Severity.Serious, "正文复议诉讼与表四不符", "Review and litigation counts in the text equal table 四."),
        new("N-T2", Severity.General, "正文规范性文件数与表二不符", "规范性文件 counts in the text equal table 二."),
        new("N-SUM", Severity.General, "正文分项合计不符", "An itemised list adds up to its stated total."),
        new("N-CONSIST", Severity.General, "正文数据前后矛盾", "The same quantity is not given two values."),
        new("N-PCT", Severity.General, "正文百分比计算错误", "x件，占p% matches x / base."),
        new("N-YOY", Severity.Hint, "同比变化与上年报告不符", "A stated year-on-year change matches the previous report."),
        new("N-FEE", Severity.General, "信息处理费情况未说明", "2021+: fees in table 三 or the text are stated in section 六."),
        new("P-EXISTS", Severity.Serious, "年报未发布", "A report exists for every year after its deadline."),
        new("P-DEADLINE", Severity.General, "年报逾期发布", "Published by the statutory deadline."),
        new("P-LOCATION", Severity.General, "年报发布位置不规范", "The report sits in the 政府信息公开年报 column."),
        new(ReportFindingFactory.ReadFailureRuleId, ReportFindingFactory.ReadFailureSeverity, ReportFindingFactory.ReadFailureRuleName, "The report file could not be read (corrupt, encrypted, scanned, too large); names the file and why."),
        new("P-DUPLICATE", Severity.General, "年报内容雷同", "The narrative is not near-identical to another report."),
    ];
}
