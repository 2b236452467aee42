namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Why a report file could not be read, in Chinese for the admin (it names the file).</summary>
/// <param name="Source">The file name or URL.</param>
/// <param name="ChineseMessage">What was wrong, e.g. "2021年报.pdf：文件已加密，无法读取". Never carries a parser's own text.</param>
public sealed record ReportReadFailure(string Source, string ChineseMessage)
{
    /// <summary>
    /// The parser's or runtime's own failure text (exception type and message, usually English) for developers: it goes
    /// to the run record's errors and the logs, never into a finding's message or evidence. Null when there was none.
    /// </summary>
    public string? Detail { get; init; }

    /// <summary>The line for a run record's errors (developer-facing): the message, and the detail when there is one.</summary>
    public string ForRunRecord() => Detail is null ? ChineseMessage : $"{ChineseMessage} [{Detail}]";
}
