namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Raised inside a format reader with the Chinese reason; the document reader turns it into a failure result.</summary>
internal sealed class DocumentUnreadableException(string chineseReason) : Exception(chineseReason)
{
    /// <summary>What was wrong, without the file name (the reader adds it).</summary>
    public string ChineseReason { get; } = chineseReason;
}
