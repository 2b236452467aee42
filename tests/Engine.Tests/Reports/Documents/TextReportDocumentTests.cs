using System.Text;
using ComplianceFns.Engine.Reports.Documents;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class TextReportDocumentTests
{
    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public async Task Utf8_text_with_bom_reads_as_text_unchanged()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SampleReport.Text)];

        var result = await _reader.ReadAsync(bytes, "2021-tianjin-wuqing-zwfwb.txt");

        Assert.True(result.Succeeded);
        Assert.Equal(DocumentKind.Text, result.Document.Kind);
        Assert.Equal(SampleReport.Text, result.Document.Text);
        Assert.Null(result.Document.Title); // the sample starts at the preamble
    }

    [Fact]
    public async Task Gbk_text_without_declaration_is_sniffed_and_takes_its_title_from_the_first_line()
    {
        var text = SampleReport.Title + "\r\n" + SampleReport.Text.Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = await _reader.ReadAsync(new MemoryStream(Encoding.GetEncoding("GBK").GetBytes(text)), "年报.txt", "text/plain");

        Assert.True(result.Succeeded);
        Assert.Equal(SampleReport.Title, result.Document.Title);
        Assert.Equal([SampleReport.Title, .. SampleReport.Lines], SampleReport.NonEmptyLines(result.Document.Text));
    }
}
