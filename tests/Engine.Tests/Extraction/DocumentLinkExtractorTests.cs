using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Tests.Extraction;

public sealed class DocumentLinkExtractorTests
{
    [Fact]
    public void Pdf_link_annotations_and_typed_urls_are_found_with_pages()
    {
        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(PdfFixtures.PdfWithLinks()));

        Assert.Null(result.Error);
        Assert.Contains(result.Links, link => link is { Uri: "http://127.0.0.1:8080/zwgk/notice.html", Page: 1 } && link.Text.Contains("Notice"));
        Assert.Contains(result.Links, link => link is { Uri: "http://127.0.0.1:8080/typed/page.html", Page: 1 });
        Assert.Contains(result.Links, link => link is { Uri: "http://127.0.0.1:8080/page2.html", Page: 2 });
        Assert.Equal(result.Links.Count, result.Links.Select(link => (link.Uri, link.Page)).Distinct().Count());
    }

    [Fact]
    public void Hand_written_pdf_link_annotation_is_found_and_typed_url_is_not_duplicated()
    {
        var pdf = PdfFixtures.HandWrittenPdf(
            "Visit http://127.0.0.1:8080/typed.html now",
            ["http://127.0.0.1:8080/annotated.html", "http://127.0.0.1:8080/typed.html"]);

        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(pdf));

        Assert.Null(result.Error);
        Assert.Equal(
            ["http://127.0.0.1:8080/annotated.html", "http://127.0.0.1:8080/typed.html"],
            result.Links.Select(link => link.Uri).Order());
        Assert.All(result.Links, link => Assert.Equal(1, link.Page));
    }

    [Fact]
    public void Pdf_without_text_reports_it_but_keeps_annotation_links()
    {
        var pdf = PdfFixtures.HandWrittenPdf(pageText: null, ["http://127.0.0.1:8080/scan-link.html"]);

        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(pdf));

        Assert.Equal("http://127.0.0.1:8080/scan-link.html", Assert.Single(result.Links).Uri);
        Assert.Contains("没有可提取的文字", result.Error);
    }

    [Fact]
    public void Encrypted_pdf_gives_a_chinese_error()
    {
        var pdf = PdfFixtures.HandWrittenPdf("secret", ["http://127.0.0.1:8080/x.html"], encrypted: true);

        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(pdf));

        Assert.StartsWith("PDF文件已加密", result.Error);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void Truncated_pdf_gives_an_error_and_no_exception()
    {
        var pdf = PdfFixtures.PdfWithLinks();

        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(pdf[..(pdf.Length / 3)]));

        Assert.NotNull(result.Error);
        Assert.StartsWith("PDF文件", result.Error);
    }

    [Fact]
    public void Garbage_passed_as_pdf_gives_a_corruption_error()
    {
        var garbage = new byte[2048];
        new Random(7).NextBytes(garbage);

        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(garbage));

        Assert.Equal("PDF文件已损坏或不完整，无法读取", result.Error);
        Assert.NotNull(result.Detail); // the parser's own words, for the run record
        Assert.Empty(result.Links);
    }

    [Fact]
    public void Docx_hyperlinks_in_body_header_footer_and_footnotes_are_found_with_run_text()
    {
        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(DocxFixtures.DocxWithLinks()));

        Assert.Null(result.Error);
        Assert.Equal(
            [
                ("http://127.0.0.1:8080/zcwj/2024/notice.html", "关于印发《实施方案》的通知"),
                ("http://127.0.0.1:8080/field.html", "域代码链接"),
                ("http://127.0.0.1:8080/simple.html", "简单域链接"),
                ("http://127.0.0.1:8080/header.html", "页眉链接"),
                ("http://127.0.0.1:8080/footer.html", "页脚链接"),
                ("http://127.0.0.1:8080/footnote.html", "脚注链接"),
            ],
            result.Links.Select(link => (link.Uri, link.Text)));
        Assert.All(result.Links, link => Assert.Null(link.Page));
    }

    [Fact]
    public void Docx_malformed_hyperlink_target_is_kept_as_written()
    {
        var docx = DocxFixtures.WithRelationshipTarget(
            DocxFixtures.DocxWithLinks(), "http://127.0.0.1:8080/zcwj/2024/notice.html", "http://exa mple.gov.cn/a b.html");

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(docx));

        Assert.Null(result.Error);
        Assert.Equal("http://exa mple.gov.cn/a b.html", result.Links[0].Uri);
        Assert.Equal("关于印发《实施方案》的通知", result.Links[0].Text);
    }

    [Fact]
    public void Truncated_docx_gives_a_chinese_error()
    {
        var docx = DocxFixtures.DocxWithLinks();

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(docx[..(docx.Length / 2)]));

        Assert.Equal("DOCX文件已加密、已损坏或不完整，无法读取", result.Error);
        Assert.NotNull(result.Detail);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void Encrypted_office_file_passed_as_docx_gives_a_chinese_error()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]];

        Assert.StartsWith("DOCX文件已加密", DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(ole)).Error);
        Assert.StartsWith("DOCX文件已加密", DocumentLinkExtractor.Extract(new MemoryStream(ole), ".docx").Error);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_gives_an_error()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(zip.ToArray()));

        Assert.StartsWith("DOCX文件已加密", result.Error);
        Assert.DoesNotMatch("[a-z]{3,}", result.Error!); // no parser words; the format name DOCX is fine
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData(".docx")]
    [InlineData("")]
    public void Extract_picks_pdf_by_magic_bytes(string hint)
    {
        var result = DocumentLinkExtractor.Extract(new MemoryStream(PdfFixtures.PdfWithLinks()), hint);

        Assert.Null(result.Error);
        Assert.Contains(result.Links, link => link.Uri == "http://127.0.0.1:8080/zwgk/notice.html");
    }

    [Theory]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("application/octet-stream")]
    [InlineData("附件1.DOCX")]
    public void Extract_picks_docx_by_magic_bytes(string hint)
    {
        var result = DocumentLinkExtractor.Extract(new NonSeekableStream(DocxFixtures.DocxWithLinks()), hint);

        Assert.Null(result.Error);
        Assert.Equal(6, result.Links.Count);
    }

    [Fact]
    public void Extract_refuses_other_zip_formats_and_unknown_bytes_with_errors()
    {
        Assert.StartsWith("暂不支持", DocumentLinkExtractor.Extract(new MemoryStream(DocxFixtures.DocxWithLinks()), ".xlsx").Error);
        Assert.StartsWith("无法识别的文件类型", DocumentLinkExtractor.Extract(new MemoryStream("hello"u8.ToArray()), "text/plain").Error);
        Assert.StartsWith("PDF文件已损坏", DocumentLinkExtractor.Extract(new MemoryStream("<html>"u8.ToArray()), "application/pdf").Error);
        Assert.StartsWith("DOCX文件已加密", DocumentLinkExtractor.Extract(new MemoryStream([]), ".docx").Error);
    }

    [Fact]
    public void Non_seekable_pdf_stream_is_buffered()
    {
        var result = DocumentLinkExtractor.ExtractFromPdf(new NonSeekableStream(PdfFixtures.PdfWithLinks()));

        Assert.Null(result.Error);
        Assert.NotEmpty(result.Links);
    }
}
