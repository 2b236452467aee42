using System.Net;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace ComplianceFns.SampleSite.Tests;

public sealed class AttachmentTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Pdf_is_valid_and_its_link_annotation_points_at_the_missing_target()
    {
        var defect = site.Server.ExpectedDefects().Single(d => d.Key == "pdf-404");
        using var response = await site.Raw.GetAsync(site.Url(defect.PagePath));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var link = Assert.Single(page.GetHyperlinks());
        using var target = await site.Raw.GetAsync(link.Uri);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(defect.Target, link.Uri);
        Assert.Contains(defect.Target, page.Text);
        Assert.Equal("某某县人民政府2024年政府信息公开工作年度报告", pdf.Information.Title);
        Assert.Equal(HttpStatusCode.NotFound, target.StatusCode);
    }

    [Fact]
    public async Task Docx_has_an_external_hyperlink_to_the_missing_target()
    {
        var defect = site.Server.ExpectedDefects().Single(d => d.Key == "docx-404");
        var bytes = await site.Raw.GetByteArrayAsync(site.Url(defect.PagePath));

        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var main = docx.MainDocumentPart!;
        var relationship = Assert.Single(main.HyperlinkRelationships);
        var anchor = Assert.Single(main.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>());

        Assert.True(relationship.IsExternal);
        Assert.Equal(defect.Target, relationship.Uri.AbsoluteUri);
        Assert.Equal(relationship.Id, anchor.Id?.Value);
        Assert.Equal("政府信息公开申请办理情况统计表", anchor.InnerText);
    }

    [Fact]
    public async Task Annual_reports_link_their_attachments()
    {
        var report2024 = await site.Raw.GetStringAsync(site.Url("/xxgk/ndbg/202501/t20250120_302.html"));
        var report2023 = await site.Raw.GetStringAsync(site.Url("/xxgk/ndbg/202401/t20240125_301.html"));

        Assert.Contains("href=\"/files/2025/2024-annual-report.pdf\"", report2024);
        Assert.Contains("href=\"/files/2024/2023-annual-report.docx\"", report2023);
    }
}
