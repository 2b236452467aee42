using System.Text;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Tests.Reports.Documents;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Engine.Tests.Reports.Equivalence;

/// <summary>
/// The same report as text, as a portal HTML page (rowspan/colspan), as a Word document and as a printed PDF gives the
/// same findings: the set of (rule, table, row, column, expected, actual) of the text version.
/// </summary>
public sealed class DocumentEquivalenceTests
{
    private readonly ReportDocumentReader _reader = new();

    public static TheoryData<string> Variants() => [.. SampleVariants.All.Keys];

    private static string[] Findings(string text, string source)
    {
        var outcome = AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, source));
        return [.. outcome.Issues.Select(i => $"{i.RuleId}|{i.Table}|{i.Row}|{i.Column}|{i.Expected}|{i.Actual}").Order(StringComparer.Ordinal)];
    }

    private async Task<string[]> DocumentFindings(byte[] bytes, string source, string contentType)
    {
        var result = await _reader.ReadAsync(bytes, source, contentType);
        Assert.True(result.Succeeded, result.Failure?.ChineseMessage);
        return Findings(result.Document.Text, source);
    }

    [Fact]
    public void The_edited_copies_differ_from_the_complete_sample_by_their_findings()
    {
        var complete = Findings(SampleVariants.All["complete"], SampleVariants.Source + ".txt");

        Assert.Equal(["S-FEE-SEC6||六||说明信息处理费收取情况|无"], complete);
        Assert.Contains("T3-ROW|表三|三(一)|总计|67|68", Findings(SampleVariants.All["cell"], SampleVariants.Source + ".txt"));
        var narrative = Findings(SampleVariants.All["narrative"], SampleVariants.Source + ".txt");
        Assert.Contains("N-APP|表三|一|总计|174|175", narrative);
        Assert.Contains("T4-REV|表四|行政复议|总计|6|7", narrative);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Html_page_with_merged_cells_gives_the_text_findings(string variant)
    {
        var text = SampleVariants.All[variant];
        var html = Encoding.UTF8.GetBytes(ReportHtmlFixture.Page(text));

        Assert.Equal(Findings(text, SampleVariants.Source + ".txt"), await DocumentFindings(html, SampleVariants.Source + ".html", "text/html"));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Word_document_gives_the_text_findings(string variant)
    {
        var text = SampleVariants.All[variant];

        Assert.Equal(Findings(text, SampleVariants.Source + ".txt"), await DocumentFindings(ReportDocxFixture.Document(text), SampleVariants.Source + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Printed_pdf_gives_the_text_findings(string variant)
    {
        var text = SampleVariants.All[variant];
        var pdf = ChromiumPdfPrinter.Print(ReportHtmlFixture.Page(text, withChrome: false));

        Assert.Equal(Findings(text, SampleVariants.Source + ".txt"), await DocumentFindings(pdf, SampleVariants.Source + ".pdf", "application/pdf"));
    }
}
