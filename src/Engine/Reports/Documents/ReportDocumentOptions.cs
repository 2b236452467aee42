namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Bounds on reading one report file; uploads and crawled attachments are untrusted.</summary>
public sealed class ReportDocumentOptions
{
    /// <summary>Real reports are well under 10 MB; a larger file is refused before it is read in full.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>PDF and DOCX parsers cannot be cancelled, so a parse running longer is abandoned (like CrawlOptions.DocumentParseTimeout).</summary>
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
