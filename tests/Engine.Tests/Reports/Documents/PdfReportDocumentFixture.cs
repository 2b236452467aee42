namespace ComplianceFns.Engine.Tests.Reports.Documents;

/// <summary>The sample report printed once per test class by headless Chromium (about a second).</summary>
public sealed class PdfReportDocumentFixture
{
    public PdfReportDocumentFixture() => Pdf = ChromiumPdfPrinter.Print(ReportHtmlFixture.Page(withChrome: false));

    public byte[] Pdf { get; }
}
