using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>A small PDF whose streams inflate hugely is read within a decode budget; its link annotations survive.</summary>
public sealed class PdfBombTests
{
    private const long MiB = PdfBombFixtures.MiB;

    [Fact]
    public void Page_whose_content_inflates_to_256_mib_keeps_its_annotation_and_the_next_page_is_read_fully()
    {
        var pdf = PdfBombFixtures.Pdf([true, false], PdfBombFixtures.FlateZeros(256 * MiB));
        Assert.True(pdf.Length < MiB); // about 1000:1

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(pdf));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("PDF文件第1页的内容解压后过大（单个数据流超过32 MB），疑似压缩炸弹，该页仅检查了链接注释", result.Error);
        Assert.Equal(
            [
                ("http://127.0.0.1:8080/p1.html", 1),
                ("http://127.0.0.1:8080/p2.html", 2),
                ("http://127.0.0.1:8080/typed2.html", 2),
            ],
            result.Links.Select(link => (link.Uri, link.Page ?? 0)).Order());
        Assert.InRange(allocated, 0, 64 * MiB); // inflating the stream would allocate at least 256 MiB
    }

    [Fact]
    public void Spent_document_budget_leaves_later_pages_with_annotations_only()
    {
        // Each page's 768 KiB fits the 1 MiB stream cap; the 2 MiB total is spent on page 3.
        var pdf = PdfBombFixtures.Pdf([true, true, true, true, false], PdfBombFixtures.FlateZeros(768 * 1024));

        var result = PdfLinkReader.Read(new MemoryStream(pdf), new PdfDecodeBudget(perStreamBytes: MiB, totalBytes: 2 * MiB));

        Assert.Equal("PDF文件解压后的内容合计超过2 MB，疑似压缩炸弹，自第3页起仅检查了链接注释", result.Error);
        Assert.Equal(
            Enumerable.Range(1, 5).Select(page => $"http://127.0.0.1:8080/p{page}.html"),
            result.Links.Select(link => link.Uri).Order());
    }

    [Fact]
    public void Ordinary_flate_content_is_read_as_before()
    {
        var pdf = PdfBombFixtures.Pdf([false, false], []);

        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(pdf));

        Assert.Null(result.Error);
        Assert.Equal(4, result.Links.Count);
        Assert.Contains(result.Links, link => link.Uri == "http://127.0.0.1:8080/typed1.html" && link.Page == 1);
    }

    [Fact]
    public void Pdfpig_written_pdf_with_compressed_streams_stays_within_the_default_budget()
    {
        var result = DocumentLinkExtractor.ExtractFromPdf(new MemoryStream(PdfFixtures.PdfWithLinks()));

        Assert.Null(result.Error);
        Assert.Contains(result.Links, link => link.Uri == "http://127.0.0.1:8080/typed/page.html");
    }
}
