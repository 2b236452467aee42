using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Tests.Extraction;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class PdfReportDocumentTests(PdfReportDocumentFixture fixture) : IClassFixture<PdfReportDocumentFixture>
{
    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public async Task Printed_sample_shows_every_table_row_with_the_same_values_in_order()
    {
        var result = await _reader.ReadAsync(fixture.Pdf, "2021年报.pdf", "application/pdf");

        Assert.True(result.Succeeded, result.Failure?.ChineseMessage);
        Assert.Equal(DocumentKind.Pdf, result.Document.Kind);
        var pdfRows = SampleReport.NonEmptyLines(result.Document.Text).Select(SampleReport.FilledCells).ToList();
        var expected = SampleReport.Lines.Where(SampleReport.IsTableRow).Select(SampleReport.FilledCells).ToList();
        // A PDF has no empty cells to show, so rows are compared by their filled cells, in document order.
        var position = 0;
        foreach (var row in expected)
        {
            var found = pdfRows.IndexOf(row, position);
            Assert.True(found >= 0, $"Row not found after line {position}: {row}\nPDF text:\n{result.Document.Text}");
            position = found + 1;
        }
    }

    [Fact]
    public async Task Printed_sample_keeps_paragraphs_and_the_title()
    {
        var result = await _reader.ReadAsync(new NonSeekableStream(fixture.Pdf), "2021年报.pdf");

        Assert.Equal(SampleReport.Title, result.Document?.Title);
        var lines = SampleReport.NonEmptyLines(result.Document!.Text);
        Assert.Contains("六、其他需要报告的事项", lines);
        Assert.Contains(lines, l => l.StartsWith("(二)依申请公开。2021年,我单位共受理依申请公开政府信息174件", StringComparison.Ordinal));
    }
}
