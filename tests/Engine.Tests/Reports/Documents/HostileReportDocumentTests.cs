using System.IO.Compression;
using System.Text;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Tests.Extraction;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

/// <summary>Every hostile file ends as one Chinese failure naming the file; none throws.</summary>
public sealed class HostileReportDocumentTests
{
    private const long MiB = 1024 * 1024;

    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public async Task Truncated_docx_is_reported_as_damaged()
    {
        var docx = ReportDocxFixture.Document();

        var failure = await FailureOf(docx[..(docx.Length / 2)], "2021年报.docx");

        Assert.Equal("2021年报.docx：DOCX文件已损坏或不完整，无法读取", failure.ChineseMessage);
        Assert.Equal("2021年报.docx", failure.Source);
        Assert.StartsWith("System.IO.InvalidDataException: ", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_with_a_header_and_garbage_is_reported_as_damaged()
    {
        var failure = await FailureOf(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n\u0001\u0002garbage"), "a.pdf");

        Assert.Equal("a.pdf：PDF文件已损坏或不完整，无法读取", failure.ChineseMessage);
        Assert.NotNull(failure.Detail);
    }

    [Fact]
    public async Task Html_nested_beyond_the_parser_depth_still_reads_its_text()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 3000)) + "六、其他需要报告的事项</body></html>";

        var result = await _reader.ReadAsync(Encoding.UTF8.GetBytes(html), "深层.html");

        Assert.True(result.Succeeded, result.Failure?.ChineseMessage);
        Assert.Equal("六、其他需要报告的事项", result.Document.Text.Trim());
    }

    [Fact]
    public async Task Encrypted_pdf_is_named_as_encrypted()
    {
        var failure = await FailureOf(PdfFixtures.HandWrittenPdf("secret report", [], encrypted: true), "加密.pdf");

        Assert.Equal("加密.pdf：文件已加密，无法读取", failure.ChineseMessage);
    }

    [Fact]
    public async Task Scanned_pdf_without_a_text_layer_cannot_be_checked()
    {
        var failure = await FailureOf(PdfFixtures.HandWrittenPdf(null, []), "扫描件.pdf");

        Assert.Equal("扫描件.pdf：PDF无文字层（可能为扫描件），无法核查", failure.ChineseMessage);
    }

    [Fact]
    public async Task Upload_of_200_MB_is_refused_after_reading_no_more_than_the_limit()
    {
        var upload = new GeneratedStream(200 * MiB);

        var result = await _reader.ReadAsync(upload, "巨大.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("巨大.txt：文件大小超过上限50 MB，未读取", result.Failure.ChineseMessage);
        Assert.InRange(upload.BytesRead, 50 * MiB, (50 * MiB) + (128 * 1024));
    }

    [Fact]
    public async Task Seekable_file_over_the_limit_is_refused_from_its_length_without_reading()
    {
        var upload = new GeneratedStream(200 * MiB, seekable: true);

        var result = await new ReportDocumentReader(new ReportDocumentOptions { MaxBytes = 10 * MiB }).ReadAsync(upload, "巨大.pdf");

        Assert.Equal("巨大.pdf：文件大小为200 MB，超过上限10 MB，未读取", result.Failure?.ChineseMessage);
        Assert.Equal(0, upload.BytesRead);
    }

    [Fact]
    public async Task File_known_by_its_length_is_refused_naming_that_length_not_the_bytes_given()
    {
        var result = await _reader.ReadAsync(new byte[1024], "巨大.pdf", null, 100 * MiB, CancellationToken.None);

        Assert.Equal("巨大.pdf：文件大小为100 MB，超过上限50 MB，未读取", result.Failure?.ChineseMessage);
    }

    [Fact]
    public async Task Empty_file_is_refused()
    {
        var failure = await FailureOf([], "空.docx");

        Assert.Equal("空.docx：文件为空（0字节），没有可核查的内容", failure.ChineseMessage);
    }

    [Theory]
    [InlineData("readme.txt", "普通ZIP压缩包")]
    [InlineData("xl/workbook.xml", "Excel表格（XLSX）")]
    public async Task Zip_that_is_not_a_word_document_is_named(string entryName, string expectedKind)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write("2021年政府信息公开工作年度报告");
        }

        var failure = await FailureOf(buffer.ToArray(), "年报.docx");

        Assert.Equal($"年报.docx：文件是{expectedKind}，不是Word文档（DOCX），无法读取其中的年报", failure.ChineseMessage);
    }

    [Fact]
    public async Task Docx_compression_bomb_is_refused_by_the_shared_guard()
    {
        var failure = await FailureOf(DocxBombFixtures.WithPaddedDocumentXml(64 * MiB), "炸弹.docx");

        Assert.StartsWith("炸弹.docx：DOCX文件中的word/document.xml解压后达64.0 MB", failure.ChineseMessage);
        Assert.EndsWith("疑似压缩炸弹，未读取其内容", failure.ChineseMessage);
    }

    [Fact]
    public async Task Parse_beyond_the_time_budget_is_abandoned()
    {
        var reader = new ReportDocumentReader(new ReportDocumentOptions { ParseTimeout = TimeSpan.FromMilliseconds(1) });

        // Big enough (about 1,000 copies of the report) that no machine parses it within the 1 ms budget: the
        // outcome must not depend on how fast or how loaded the machine is.
        var result = await reader.ReadAsync(ReportDocxFixture.Document(repeat: 1000), "复杂.docx");

        Assert.Equal("复杂.docx：文件解析超过1毫秒，已放弃读取（文件可能异常复杂或被恶意构造）", result.Failure?.ChineseMessage);
    }

    [Fact]
    public async Task Encrypted_office_document_or_legacy_doc_is_named()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];

        var failure = await FailureOf(ole, "年报.docx");

        Assert.Equal("年报.docx：文件是加密的Office文档或旧版Word（DOC）格式，无法读取；请另存为未加密的DOCX或PDF", failure.ChineseMessage);
    }

    [Fact]
    public async Task Web_page_served_as_a_pdf_is_not_read_as_a_report()
    {
        var failure = await FailureOf(Encoding.UTF8.GetBytes("<html><body><h1>404 页面不存在</h1></body></html>"), "http://127.0.0.1/ndbg/2021.pdf");

        Assert.Equal("http://127.0.0.1/ndbg/2021.pdf：PDF文件已损坏，无法读取（文件开头没有PDF标识%PDF）", failure.ChineseMessage);
    }

    [Fact]
    public async Task Binary_data_is_an_unrecognised_format()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x00;

        var failure = await FailureOf(bytes, "数据.txt");

        Assert.Equal("数据.txt：无法识别的文件格式（不是HTML、文本、DOCX或PDF），无法读取", failure.ChineseMessage);
    }

    [Fact]
    public async Task Stream_failing_mid_read_is_a_read_failure()
    {
        var failure = (await _reader.ReadAsync(new FailingStream(), "断开.pdf")).Failure;

        Assert.Equal("断开.pdf：文件读取中断，未能读完，请重新上传或稍后再试", failure?.ChineseMessage);
        Assert.Equal("System.IO.IOException: connection reset by peer", failure?.Detail);
    }

    private async Task<ReportReadFailure> FailureOf(byte[] content, string source)
    {
        var result = await _reader.ReadAsync(content, source);
        Assert.False(result.Succeeded, "Expected a failure but read: " + result.Document?.Text);
        return result.Failure;
    }

    /// <summary>Produces zeros on demand and counts what was read, so a refusal can prove it stopped early.</summary>
    private sealed class GeneratedStream(long length, bool seekable = false) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => seekable;
        public override bool CanWrite => false;
        public override long Length => seekable ? length : throw new NotSupportedException();
        public override long Position { get => seekable ? _position : throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, (byte)'0', offset, read);
            _position += read;
            BytesRead += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset by peer");
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
