using ComplianceFns.SampleSite.Defects;
using ComplianceFns.SampleSite.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>The annual-report attachments, built at start because their links carry the server's port.</summary>
internal static class AttachmentEndpoints
{
    public const string PdfContentType = "application/pdf";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(WebApplication app, SiteState state)
    {
        app.MapGetAndHead(DefectCatalog.AnnualReportPdfPath, (HttpContext c) =>
            SiteResponses.BytesAsync(c, state.AnnualReportPdf, PdfContentType));
        app.MapGetAndHead(DefectCatalog.AnnualReportDocxPath, (HttpContext c) =>
            SiteResponses.BytesAsync(c, state.AnnualReportDocx, DocxContentType));
    }
}
