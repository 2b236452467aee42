using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// Review 3 item 11 (issue 3: "a report with tables in an unexpected order"): a section printed out of order is
/// 顺序错误, not 缺少; a table printed under another section's heading is found by its content, read and reconciled,
/// with one W naming where it sits.
/// </summary>
public sealed class TableOrderRegressionTests
{
    private const string Heading2 = "二、主动公开政府信息情况";
    private const string Heading3 = "三、收到和处理政府信息公开申请情况";
    private const string Heading4 = "四、政府信息公开行政复议、行政诉讼情况";

    /// <summary>The sample's text split at the headings of sections 二, 三 and 四.</summary>
    private static (string Head, string Body2, string Body3, string Tail) Parts()
    {
        var text = EditedSample.Text();
        var at2 = text.IndexOf(Heading2 + "\n", StringComparison.Ordinal);
        var at3 = text.IndexOf(Heading3 + "\n", StringComparison.Ordinal);
        var at4 = text.IndexOf(Heading4 + "\n", StringComparison.Ordinal);
        Assert.True(at2 > 0 && at3 > at2 && at4 > at3, "the sample's headings were not found in order");
        return (text[..at2], text[(at2 + Heading2.Length + 1)..at3], text[(at3 + Heading3.Length + 1)..at4], text[at4..]);
    }

    private static string SectionThreeBeforeTwo()
    {
        var (head, body2, body3, tail) = Parts();
        return $"{head}{Heading3}\n{body3}{Heading2}\n{body2}{tail}";
    }

    private static string TablesSwapped()
    {
        var (head, body2, body3, tail) = Parts();
        return $"{head}{Heading2}\n{body3}{Heading3}\n{body2}{tail}";
    }

    [Fact]
    public void A_section_out_of_order_is_one_order_error_not_a_missing_section()
    {
        var outcome = EditedSample.CheckText(SectionThreeBeforeTwo());

        var issue = Assert.Single(EditedSample.Findings(outcome));
        Assert.Equal(("S-SECTIONS", Severity.Serious), (issue.RuleId, issue.Severity));
        Assert.Contains("顺序错误", issue.Message, StringComparison.Ordinal);
        Assert.Contains("第二部分“二、主动公开政府信息情况”出现在第三部分之后", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("缺少", issue.Message, StringComparison.Ordinal);
        Assert.Equal(6616m, outcome.Report.Table2!.Row("行政许可")!.Cell("本年处理决定数量")!.Number);
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId is "T2-NUM" or "S-FILLED");
    }

    [Fact]
    public void Tables_under_each_others_headings_are_read_and_each_named_once_as_misplaced()
    {
        var outcome = EditedSample.CheckText(TablesSwapped());

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.All(i => i is { RuleId: "S-SECTIONS", Severity: Severity.General }), EditedSample.Describe(findings));
        Assert.Equal(["表三", "表二"], findings.Select(i => i.Table));
        Assert.StartsWith("表三位置错误：印在第二部分“二、主动公开政府信息情况”下，应在第三部分“收到和处理政府信息公开申请情况”中", findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("表二位置错误：印在第三部分“三、收到和处理政府信息公开申请情况”下，应在第二部分“主动公开政府信息情况”中", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(174m, outcome.Report.Table3!.Cell("一", 6)!.Number);
        Assert.Equal(6616m, outcome.Report.Table2!.Row("行政许可")!.Cell("本年处理决定数量")!.Number);
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId is "T3-COL" or "T2-NUM" or "N-APP");
    }

    [Fact]
    public void A_misplaced_table_is_still_reconciled()
    {
        const string row1 = "一、本年新收政府信息公开申请数量 | 174 | 0 | 0 | 0 | 0 | 0 | 174 |";
        var text = TablesSwapped().Replace(row1, "一、本年新收政府信息公开申请数量 | 175 | 0 | 0 | 0 | 0 | 0 | 175 |", StringComparison.Ordinal);

        var outcome = EditedSample.CheckText(text);

        var columns = outcome.Issues.Where(i => i.RuleId == "T3-COL").Select(i => i.Column).ToList();
        Assert.Equal(["自然人", "总计"], columns);
        Assert.Contains(outcome.Issues, i => i is { RuleId: "T3-COL", Message: "表三“自然人”列：本年新收175+上年结转0=175，但办理结果总计172+结转下年度2=174，勾稽不平（差1）" });
    }
}
