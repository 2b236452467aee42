namespace ComplianceFns.Engine.Extraction;

/// <summary>A PDF page read for its URI link annotations only: its content streams are never decoded.</summary>
internal sealed record PdfAnnotationOnlyPage(int Number, IReadOnlyList<string> LinkUris);
