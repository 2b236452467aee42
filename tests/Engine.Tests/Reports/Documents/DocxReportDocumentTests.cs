using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Tests.Extraction;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class DocxReportDocumentTests
{
    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public async Task Word_document_of_the_sample_reads_back_as_the_flattened_sample_text()
    {
        // Served as octet-stream under a misleading name: the bytes decide.
        var result = await _reader.ReadAsync(new NonSeekableStream(ReportDocxFixture.Document()), "附件1.bin", "application/octet-stream");

        Assert.True(result.Succeeded, result.Failure?.ChineseMessage);
        Assert.Equal(DocumentKind.Docx, result.Document.Kind);
        Assert.Equal(SampleReport.Title, result.Document.Title);
        Assert.Equal([SampleReport.Title, .. SampleReport.Lines], SampleReport.NonEmptyLines(result.Document.Text));
    }

    [Fact]
    public async Task Vertically_merged_group_labels_appear_only_on_their_first_row()
    {
        var result = await _reader.ReadAsync(ReportDocxFixture.Document(), "2021.docx");

        var lines = SampleReport.NonEmptyLines(result.Document!.Text);
        Assert.Single(lines, l => l.Contains("三、本年度办理结果", StringComparison.Ordinal));
        Assert.Contains("(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |", lines);
        Assert.Contains("2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||", lines);
    }
}
