using System.Text;
using ComplianceFns.Engine.Reports.Documents;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class HtmlReportDocumentTests
{
    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public async Task Portal_page_of_the_sample_reads_back_as_the_flattened_sample_text()
    {
        var result = await _reader.ReadAsync(Encoding.UTF8.GetBytes(ReportHtmlFixture.Page()), "http://127.0.0.1/zwgk/ndbg/2021.html");

        Assert.True(result.Succeeded, result.Failure?.ChineseMessage);
        Assert.Equal(DocumentKind.Html, result.Document.Kind);
        Assert.Equal(SampleReport.Title, result.Document.Title);
        var lines = SampleReport.NonEmptyLines(result.Document.Text);
        // The heading comes first, then exactly the sample's paragraphs and table rows; nav, script and footer are gone.
        Assert.Equal(SampleReport.Title, lines[0]);
        Assert.Equal(SampleReport.Lines, lines.Skip(1));
    }

    [Fact]
    public async Task Table_rows_of_the_gbk_page_equal_the_sample_rows()
    {
        var gbk = Encoding.GetEncoding("GBK");
        var html = ReportHtmlFixture.Page().Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", StringComparison.Ordinal);

        var result = await _reader.ReadAsync(new MemoryStream(gbk.GetBytes(html)), "2021年报.htm");

        Assert.True(result.Succeeded, result.Failure?.ChineseMessage);
        Assert.Equal(
            SampleReport.Lines.Where(SampleReport.IsTableRow),
            SampleReport.NonEmptyLines(result.Document.Text).Where(SampleReport.IsTableRow));
    }

    [Fact]
    public async Task Merged_cells_appear_once_on_their_first_row_and_cell_whitespace_collapses()
    {
        const string html = """
            <html><body><p>表三</p><table>
            <tr><td rowspan="2">三、本年度办理结果</td><td>(一)予以公开</td><td colspan="2">  67
              </td><td></td></tr>
            <tr><td>(二)部分公开</td><td>0</td><td>&nbsp;</td></tr>
            <tr><th>商业<br>企业</th><td><span>1</span><span>2</span></td><td style="display:none">99</td></tr>
            </table></body></html>
            """;

        var result = await _reader.ReadAsync(Encoding.UTF8.GetBytes(html), "t.html");

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["表三", "三、本年度办理结果 | (一)予以公开 | 67 | |", "(二)部分公开 | 0 | |", "商业 企业 | 12 |"],
            SampleReport.NonEmptyLines(result.Document.Text));
        Assert.Null(result.Document.Title);
    }

    [Fact]
    public async Task Malformed_markup_still_yields_text_and_rows_in_order()
    {
        const string html = "<html><body><div>一、总体情况<p>本年<b>新收申请<table><tr><td>规章<td>0<td>0<tr><td>行政许可<td>6616</table><p>六、其他需要报告的事项";

        var result = await _reader.ReadAsync(Encoding.UTF8.GetBytes(html), "broken.html");

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["一、总体情况", "本年新收申请", "规章 | 0 | 0 |", "行政许可 | 6616 |", "六、其他需要报告的事项"],
            SampleReport.NonEmptyLines(result.Document.Text));
    }

    [Fact]
    public async Task Title_comes_from_the_page_title_when_no_heading_names_the_report()
    {
        const string html = "<html><head><title>武清区2021年政府信息公开工作年度报告</title></head><body><h1>政务公开</h1><p>本年度报告中所列数据的统计期限……。</p></body></html>";

        var result = await _reader.ReadAsync(Encoding.UTF8.GetBytes(html), "t.html");

        Assert.Equal("武清区2021年政府信息公开工作年度报告", result.Document?.Title);
    }
}
