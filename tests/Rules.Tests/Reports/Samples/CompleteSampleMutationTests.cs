using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Reading;
using static ComplianceFns.Rules.Findings.Severity;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// One edit of the complete sample's text per catalogue rule (<see cref="CompleteSampleMutations"/>), read and checked
/// end to end: the edit gives exactly the expected issues (id, severity, table, row, column, expected, actual) besides
/// the sample's own fee note.
/// </summary>
public sealed class CompleteSampleMutationTests
{
    private const string 表三 = "表三";
    private const string 表四 = "表四";
    private const string 表二 = "表二";

    private static readonly Dictionary<string, ExpectedIssue[]> Expected = new(StringComparer.Ordinal)
    {
        ["S-TRUNCATED"] = [new("S-TRUNCATED", General, Actual: "在第三部分的表格中（末行“3.危及‘三安全一稳定’”）中断", MessagePart: "年报文本在第三部分的表格中")],
        ["S-SECTIONS"] = [new("S-SECTIONS", Serious, Row: "五", Expected: "五、存在的主要问题及改进情况", Actual: "", MessagePart: "年度报告缺少第五部分“存在的主要问题及改进情况”")],
        ["S-PARTCOUNT"] = [new("S-PARTCOUNT", General, Expected: "6部分", Actual: "5部分", MessagePart: "未列“其他需要报告的事项”")],
        ["S-OVERVIEW"] = [new("S-OVERVIEW", General, Row: "一", Expected: "主动公开、依申请公开、政府信息管理、平台建设、监督保障", Actual: "主动公开、依申请公开、平台建设、监督保障", MessagePart: "“总体情况”未涉及政府信息管理方面内容")],
        ["S-FORMAT"] = [new("S-FORMAT", General, Expected: "2019年试行格式", Actual: "国办公开办函〔2021〕30号格式", MessagePart: "2019年度报告使用了2021年格式")],
        ["S-FILLED"] = [new("S-FILLED", Serious, Table: 表四, Expected: "已填报", Actual: "全部为空", MessagePart: "表四数据单元格全部为空，未填报")],
        ["S-PERIOD"] = [new("S-PERIOD", Serious, Expected: "2021年1月1日至2021年12月31日", Actual: "统计期限从2020年1月1日起至2020年12月31日止", MessagePart: "与报告年度2021年不符")],
        ["S-TITLE"] = [new("S-TITLE", Serious, Expected: "政府信息公开工作年度报告", Actual: "天津市武清区政务服务办2021年政府信息工开工作年度报告", MessagePart: "存在文字错误")],
        ["S-LABEL"] = [new("S-LABEL", General, Table: 表三, Row: "三(三)6", Expected: "属于四类过程性信息", Actual: "属于四类过成性信息", MessagePart: "疑为“属于四类过程性信息”之误")],
        ["S-FEE-SEC6"] = [new("S-FEE-SEC6", Hint, Row: "六", Expected: "说明信息处理费收取情况", Actual: "无")],
        ["T3-COL"] =
        [
            new("T3-COL", Serious, Table: 表三, Column: "自然人", Expected: "175", Actual: "174", MessagePart: "表三“自然人”列：本年新收174+上年结转1=175，但办理结果总计172+结转下年度2=174，勾稽不平（差1）"),
            new("T3-COL", Serious, Table: 表三, Column: "总计", Expected: "175", Actual: "174"),
        ],
        ["T3-SUM"] =
        [
            new("T3-SUM", Serious, Table: 表三, Row: "三(七)", Column: "自然人", Expected: "171", Actual: "172", MessagePart: "各项办理结果之和为171，与“（七）总计”172不符（差1）"),
            new("T3-SUM", Serious, Table: 表三, Row: "三(七)", Column: "总计", Expected: "171", Actual: "172"),
        ],
        // One cause, one finding: the 总计 column's T3-SUM, broken by the same cell, is not reported again.
        ["T3-ROW"] = [new("T3-ROW", Serious, Table: 表三, Row: "三(一)", Column: "总计", Expected: "67", Actual: "68", MessagePart: "表三“（一）予以公开”行：各类申请人合计67，与“总计”68不符（差1）")],
        ["T3-NONNEG"] = [new("T3-NONNEG", Serious, Table: 表三, Row: "二", Column: "自然人", Expected: "非负整数", Actual: "-1")],
        ["T3-BLANK"] = [new("T3-BLANK", General, Table: 表三, Row: "三(三)1", Column: "科研机构", Expected: "0", Actual: "", MessagePart: "表三有1个单元格未填写，应填“0”")],
        ["T3-ROWS"] = [new("T3-ROWS", General, Table: 表三, Row: "三(三)7", Expected: "25行", Actual: "24行", MessagePart: "表三未找到“（三）不予公开—7.属于行政执法案卷”行")],
        ["T4-REV"] = [new("T4-REV", Serious, Table: 表四, Row: "行政复议", Column: "总计", Expected: "6", Actual: "7", MessagePart: "表四“行政复议”：4+2+0+0=6，与总计7不符（差1）")],
        ["T4-LIT1"] = [new("T4-LIT1", Serious, Table: 表四, Row: "未经复议直接起诉", Column: "总计", Expected: "1", Actual: "2")],
        ["T4-LIT2"] = [new("T4-LIT2", Serious, Table: 表四, Row: "复议后起诉", Column: "总计", Expected: "4", Actual: "5")],
        ["T4-COUNT"] = [new("T4-COUNT", General, Table: 表四, Expected: "0", Actual: "", MessagePart: "“行政复议—其他结果”")],
        ["T2-NUM"] = [new("T2-NUM", Serious, Table: 表二, Row: "行政处罚", Column: "本年处理决定数量", Expected: "非负整数", Actual: "若干")],
        ["T2-REGS"] = [new("T2-REGS", Serious, Table: 表二, Row: "规章", Column: "现行有效件数", Expected: "0", Actual: "3")],
        ["T2-STOCK"] = [new("T2-STOCK", Hint, Table: 表二, Row: "行政规范性文件", Column: "现行有效件数", Expected: "≥3", Actual: "1")],
        ["T2-UNIT"] = [new("T2-UNIT", Hint, Table: 表二, Row: "行政事业性收费", Column: "本年收费金额", Expected: "8.6万元", Actual: "86000元")],
        ["T2-TRIAL"] = [new("T2-TRIAL", Hint, Table: 表二, Row: "规范性文件", Column: "对外公开总数量", Expected: "≥4", Actual: "1")],
        ["N-APP"] = [new("N-APP", Serious, Table: 表三, Row: "一", Column: "总计", Expected: "174", Actual: "175")],
        ["N-OUT"] = [new("N-OUT", Serious, Table: 表三, Row: "三(三)", Column: "总计", Expected: "7", Actual: "8")],
        ["N-CARRY"] = [new("N-CARRY", Serious, Table: 表三, Row: "四", Column: "总计", Expected: "2", Actual: "0")],
        ["N-APPTYPE"] = [new("N-APPTYPE", General, Table: 表三, Row: "一", Column: "法人或其他组织", Expected: "0", Actual: "1", MessagePart: "“商业企业”列本年新收为1件")],
        ["N-T4"] = [new("N-T4", Serious, Table: 表四, Row: "行政复议", Column: "结果纠正", Expected: "2", Actual: "3")],
        ["N-T2"] = [new("N-T2", General, Table: 表二, Row: "行政规范性文件", Column: "本年制发件数", Expected: "0", Actual: "2")],
        ["N-SUM"] = [new("N-SUM", General, Expected: "951", Actual: "960")],
        ["N-CONSIST"] = [new("N-CONSIST", General, Expected: "951", Actual: "950")],
        ["N-PCT"] = [new("N-PCT", General, Expected: "38.95", Actual: "50")],
        // N-FEE owns the fee question once the text evidences fees: the S-FEE-SEC6 note is not given as well.
        ["N-FEE"] = [new("N-FEE", General, MessagePart: "正文提及“收费通知”，但“其他需要报告的事项”未说明信息处理费收取情况")],
    };

    /// <summary>Rules a single report cannot break: site-level (P-*), the read failure, and the two cross-year ones.</summary>
    private static readonly string[] NotSingleReport = [ReportFindingFactory.ReadFailureRuleId, "T3-CARRY-Y", "N-YOY"];

    public static TheoryData<string> MutatedRules() => [.. Mutations().Select(m => m.Mutation.RuleId)];

    private static IEnumerable<(string File, TextMutation Mutation)> Mutations() =>
        CompleteSampleMutations.All.Select(m => (CompleteSampleMutations.File, m))
            .Concat(CompleteSampleMutations.TrialMutations.Select(m => (CompleteSampleMutations.TrialFile, m)));

    private static ReportCheckOutcome CheckMutated(string ruleId)
    {
        var (file, mutation) = Mutations().Single(m => m.Mutation.RuleId == ruleId);
        return AnnualReportChecker.Default.Check(AnnualReportReader.Read(mutation.Apply(ReportSamples.Text(file)), file));
    }

    [Fact]
    public void Every_single_report_rule_of_the_catalogue_has_a_mutation_and_an_expectation()
    {
        var rules = ReportRules.All.Select(r => r.Id)
            .Where(id => !id.StartsWith("P-", StringComparison.Ordinal) && !NotSingleReport.Contains(id))
            .Order(StringComparer.Ordinal);

        Assert.Equal(rules, Mutations().Select(m => m.Mutation.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(rules, Expected.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MutatedRules))]
    public void The_mutation_gives_exactly_its_issue(string ruleId)
    {
        var outcome = CheckMutated(ruleId);
        // The sample's own fee note stays unless the mutation is about fees.
        var issues = outcome.Issues.Where(i => ruleId == "S-FEE-SEC6" || i.RuleId != "S-FEE-SEC6").ToList();

        foreach (var want in Expected[ruleId])
        {
            var match = issues.FirstOrDefault(want.Matches);
            Assert.True(match is not null, $"{ruleId}: expected {want}\nactual:\n{string.Join("\n", issues.Select(Describe))}");
            issues.Remove(match);
        }

        Assert.True(issues.Count == 0, $"{ruleId}: unexpected issues:\n{string.Join("\n", issues.Select(Describe))}");
        Assert.All(outcome.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }

    [Fact]
    public void A_removed_row_gives_T3_ROWS_and_not_decidable_for_the_sum_that_needs_it_never_an_arithmetic_error()
    {
        var outcome = CheckMutated("T3-ROWS");

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId is "T3-SUM" or "T3-COL" or "T3-ROW");
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-SUM" && u.Reason == "表三未找到“（三）不予公开—7.属于行政执法案卷”行，办理结果合计不可判定");
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId == "T3-COL");
    }

    [Fact]
    public void An_unfilled_table_four_is_S_FILLED_only_the_text_is_not_compared_with_its_blanks()
    {
        var outcome = CheckMutated("S-FILLED");

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId is "N-T4" or "T4-REV" or "T4-COUNT");
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "N-T4" && u.Reason.Contains("表四未填报任何数据（见S-FILLED）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_section_is_missing_and_its_text_does_not_vanish()
    {
        var outcome = CheckMutated("S-SECTIONS");

        Assert.Equal([1, 2, 3, 4, 6], outcome.Report.Sections.Select(s => s.Ordinal));
        Assert.Contains("两起结果纠正", outcome.Report.Section(4)!.Body, StringComparison.Ordinal);
    }

    private static string Describe(ReportIssue i) => $"{i.RuleId} {i.Severity} [{i.Table}|{i.Row}|{i.Column}|{i.Expected}|{i.Actual}] {i.Message}";
}
