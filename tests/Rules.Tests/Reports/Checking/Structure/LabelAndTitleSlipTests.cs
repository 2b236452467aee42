using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Samples;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Structure;

/// <summary>
/// S-LABEL and S-TITLE catch every one-character slip (substitution, insertion, deletion, doubling, transposition)
/// of every table 三 row label and of the title's 政府信息公开工作年度报告, printed in the complete sample.
/// </summary>
public sealed class LabelAndTitleSlipTests
{
    private const string Sample = "2021-tianjin-wuqing-zwfwb.txt";

    public static TheoryData<string> Table3Rows() => [.. Table3Layout.CanonicalLabels.Keys.Where(k => PrintedLabel(k) is not null)];

    [Theory]
    [MemberData(nameof(Table3Rows))]
    public void Every_slip_in_a_table3_row_label_is_S_LABEL(string rowKey)
    {
        var printed = PrintedLabel(rowKey)!;
        var body = printed.IndexOfAny(['.', '、', ')', '）']) + 1;
        var missed = new List<string>();
        foreach (var (kind, slipped) in OneCharacterSlips.Of(printed, body))
        {
            var outcome = EditedSample.Check((printed + " |", slipped + " |"));
            if (!outcome.Issues.Any(i => i.RuleId == "S-LABEL" && i.Row == rowKey))
            {
                missed.Add($"{kind}: {slipped} → {EditedSample.Describe(EditedSample.Findings(outcome))}");
            }
        }

        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    /// <summary>
    /// Table 二's row labels of four characters or more. 规章 (two characters, no numbering) is left out: a slip in it
    /// leaves nothing to recognise the row by.
    /// </summary>
    [Theory]
    [InlineData("行政规范性文件")]
    [InlineData("行政许可")]
    [InlineData("行政处罚")]
    [InlineData("行政强制")]
    [InlineData("行政事业性收费")]
    public void Every_slip_in_a_table2_row_label_is_S_LABEL(string printed)
    {
        var missed = new List<string>();
        foreach (var (kind, slipped) in OneCharacterSlips.Of(printed, 0))
        {
            var outcome = EditedSample.Check(("\n" + printed + " |", "\n" + slipped + " |"));
            if (!outcome.Issues.Any(i => i.RuleId == "S-LABEL" && i.Table == "表二"))
            {
                missed.Add($"{kind}: {slipped} → {EditedSample.Describe(EditedSample.Findings(outcome))}");
            }
        }

        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    [Fact]
    public void Every_slip_in_the_title_phrase_is_S_TITLE()
    {
        const string phrase = "政府信息公开工作年度报告";
        var missed = new List<string>();
        // A character inserted before the phrase reads as the end of the organ's name ("…镇政府信息公开…"): not a slip.
        foreach (var (kind, slipped) in OneCharacterSlips.Of(phrase, 0).Where(s => !(s.Kind == "insertion" && s.Slipped[1..] == phrase)))
        {
            var text = "某区司法局2021年" + slipped + "\n" + ReportSamples.Text(Sample);
            var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, Sample));
            if (!outcome.Issues.Any(i => i.RuleId == "S-TITLE" && i.Severity == Findings.Severity.Serious))
            {
                missed.Add($"{kind}: {slipped} (title read: {outcome.Report.Title})");
            }
        }

        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    /// <summary>The row's label as the sample prints it at the start of a line, or null.</summary>
    private static string? PrintedLabel(string rowKey)
    {
        var canonical = Table3Layout.CanonicalLabels[rowKey];
        var core = canonical.Replace("（", "(").Replace("）", ")");
        return ReportSamples.Text(Sample).Split('\n')
            .Select(l => l.Split('|')[0].Trim())
            .FirstOrDefault(l => l == core || l == canonical);
    }
}
