namespace ComplianceFns.Engine.Extraction;

/// <summary>A hyperlink found inside an attachment.</summary>
/// <param name="Uri">The target exactly as stored in the document (it may be malformed; the caller validates it).</param>
/// <param name="Text">The link's text in the document, or the URL itself for a URL written as plain text.</param>
/// <param name="Page">The 1-based PDF page; null for DOCX, which has no fixed pages.</param>
public sealed record DocumentLink(string Uri, string Text, int? Page);
