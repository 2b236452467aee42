using ComplianceFns.Engine.Diagnostics;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Raised inside a format reader with the Chinese reason; the document reader turns it into a failure result.</summary>
internal sealed class DocumentUnreadableException(string chineseReason, Exception? cause = null) : Exception(chineseReason, cause)
{
    /// <summary>What was wrong, without the file name (the reader adds it).</summary>
    public string ChineseReason { get; } = chineseReason;

    /// <summary>The parser's own failure, for developers only (never shown to users); null when there was none.</summary>
    public string? Detail { get; } = cause is null ? null : ExceptionDetail.Describe(cause);
}
