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
}
