namespace ComplianceFns.Engine.Extraction;

/// <summary>File extensions of documents that government pages link to as downloads (附件).</summary>
public static class AttachmentExtensions
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".zip", ".rar", ".7z", ".txt", ".csv", ".ofd",
    };

    /// <summary>True when the URL path (not the query) ends with an attachment extension.</summary>
    public static bool IsAttachmentPath(string path)
    {
        var end = path.AsSpan();
        var cut = end.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            end = end[..cut];
        }

        var slash = end.LastIndexOf('/');
        var fileName = slash >= 0 ? end[(slash + 1)..] : end;
        var dot = fileName.LastIndexOf('.');
        return dot >= 0 && Extensions.Contains(fileName[dot..].ToString());
    }
}
