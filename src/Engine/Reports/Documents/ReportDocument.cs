namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>A report file read to plain text: paragraphs as lines, every table row as one <c>cell | cell |</c> line.</summary>
/// <param name="Text">The text the annual-report reader parses.</param>
/// <param name="Title">The document's own title when it names a 年度报告 (page heading, &lt;title&gt; or first paragraph).</param>
/// <param name="Source">The file name or URL the text came from.</param>
/// <param name="Kind">The format found by sniffing the bytes.</param>
public sealed record ReportDocument(string Text, string? Title, string Source, DocumentKind Kind);
