using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>Review 3's table inputs on the complete sample: bars, page numbers, stray and repeated rows.</summary>
public sealed class TableRegressionTests
{
    [Theory]
    [InlineData('｜')]
    [InlineData('│')]
    public void Full_width_and_box_drawing_bars_separate_cells(char bar)
    {
        var text = EditedSample.Text().Replace('|', bar);

        var outcome = EditedSample.CheckText(text);

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
        Assert.Equal(174m, outcome.Report.Table3!.Cell("一", 6)!.Number);
    }

    private const string Table4Data = "4 | 2 | 0 | 0 | 6 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 4 | 4 |";

    [Theory]
    [InlineData("- 3 -")]
    [InlineData("3")]
    [InlineData("第3页")]
    [InlineData("3/5")]
    public void A_page_number_before_table_four_is_no_cell(string footer)
    {
        var outcome = EditedSample.Check((Table4Data, footer + "\n" + Table4Data));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
        Assert.Equal(6m, outcome.Report.Table4!.Group(0)![4].Number);
    }

    [Theory]
    [InlineData("1 | " + Table4Data, "16")]
    [InlineData(Table4Data + " 0 |", "16")]
    public void A_run_of_more_than_15_values_is_T4_COUNT_and_nothing_is_computed_from_shifted_columns(string data, string count)
    {
        var outcome = EditedSample.Check((Table4Data, data));

        var issue = Assert.Single(EditedSample.Findings(outcome));
        Assert.Equal(("T4-COUNT", Findings.Severity.General), (issue.RuleId, issue.Severity));
        Assert.Equal($"表四应有15个数据，实际解析到{count}个，请人工核对", issue.Message);
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "N-T4");
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T4-REV");
    }

    /// <summary>Table 三 of the sample re-flattened one cell per line, or space-separated as PDF text gives it.</summary>
    private static string Reflattened(bool oneCellPerLine)
    {
        var lines = EditedSample.Text().Split('\n');
        var t3 = Array.FindIndex(lines, l => l.StartsWith("三、收到和处理", StringComparison.Ordinal));
        var t4 = Array.FindIndex(lines, l => l.StartsWith("四、政府信息公开行政复议", StringComparison.Ordinal));
        for (var i = t3 + 1; i < t4; i++)
        {
            var cells = lines[i].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            lines[i] = string.Join(oneCellPerLine ? "\n" : " ", cells);
        }

        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Table_three_labels_flattened_without_bars_are_not_prose(bool oneCellPerLine)
    {
        var outcome = EditedSample.CheckText(Reflattened(oneCellPerLine));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
        Assert.Contains(outcome.Issues, i => i.RuleId == "S-FEE-SEC6");
        Assert.Equal(174m, outcome.Report.Table3!.Cell("一", 6)!.Number);
    }

    private const string Row1 = "一、本年新收政府信息公开申请数量 | 174 | 0 | 0 | 0 | 0 | 0 | 174 |";

    [Fact]
    public void A_row_label_quoted_in_prose_before_the_table_does_not_hide_the_row()
    {
        var outcome = EditedSample.Check(("(本列数据的勾稽关系为", "一、本年新收政府信息公开申请数量 174 件\n(本列数据的勾稽关系为"));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
        Assert.Equal(174m, outcome.Report.Table3!.Cell("一", 6)!.Number);
        Assert.DoesNotContain(outcome.Undecidable, u => u.RuleId is "T3-COL" or "N-APP");
    }

    [Fact]
    public void A_row_printed_twice_with_other_values_is_one_T3_ROWS_and_nothing_is_computed_from_it()
    {
        var outcome = EditedSample.Check((Row1, Row1 + "\n" + Row1.Replace("174", "180", StringComparison.Ordinal)));

        var issue = Assert.Single(EditedSample.Findings(outcome));
        Assert.Equal(("T3-ROWS", Findings.Severity.General, "一"), (issue.RuleId, issue.Severity, issue.Row));
        Assert.Contains("表三“一、本年新收政府信息公开申请数量”行出现两次，数值不一致", issue.Message, StringComparison.Ordinal);
        Assert.Contains("180、0、0、0、0、0、180", issue.Message, StringComparison.Ordinal);
        Assert.Null(outcome.Report.Table3!.Cell("一", 6));
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "N-APP");
    }

    [Fact]
    public void A_row_printed_twice_with_the_same_values_is_read_once()
    {
        const string row = "4.保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||";
        var outcome = EditedSample.Check((row, row + "\n" + row));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.Count == 0, EditedSample.Describe(findings));
    }

    private const string Huge = "999999999999999999999999999999";

    [Fact]
    public void A_thirty_digit_cell_in_table_three_is_T3_NONNEG_naming_the_raw_value_not_label_text()
    {
        var outcome = EditedSample.Check((Row1, $"一、本年新收政府信息公开申请数量 | {Huge} | 0 | 0 | 0 | 0 | 0 | {Huge} |"));

        var findings = EditedSample.Findings(outcome);
        Assert.True(findings.All(i => i is { RuleId: "T3-NONNEG", Severity: Findings.Severity.Serious }), EditedSample.Describe(findings));
        Assert.Equal(["自然人", "总计"], findings.Select(i => i.Column));
        Assert.Equal($"表三“一、本年新收政府信息公开申请数量”“自然人”列为“{Huge}”，应为非负整数", findings[0].Message);
        Assert.Contains(outcome.Undecidable, u => u.RuleId == "T3-COL");
    }

    [Fact]
    public void A_thirty_digit_cell_in_table_two_is_T2_NUM_naming_the_raw_value()
    {
        var outcome = EditedSample.Check(("行政许可 | 6616 |", $"行政许可 | {Huge} |"));

        var issue = Assert.Single(EditedSample.Findings(outcome));
        Assert.Equal(("T2-NUM", Findings.Severity.Serious), (issue.RuleId, issue.Severity));
        Assert.Contains($"无法识别为数字：“{Huge}”", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_whose_last_cell_is_empty_has_a_blank_总计()
    {
        var outcome = EditedSample.Check(("(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | 67 |", "(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | |"));

        var findings = EditedSample.Findings(outcome);
        Assert.DoesNotContain(findings, f => f.RuleId == "T3-ROWS");
        var row = Assert.Single(findings, f => f.RuleId == "T3-ROW");
        Assert.Equal(("三(一)", "总计", "67", string.Empty), (row.Row, row.Column, row.Expected, row.Actual));
        Assert.Contains("各类申请人合计67，与“总计”", row.Message, StringComparison.Ordinal);
    }
}
