namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Why a report file could not be read, in Chinese for the admin (it names the file).</summary>
/// <param name="Source">The file name or URL.</param>
/// <param name="ChineseMessage">What was wrong, e.g. "文件“2021年报.pdf”已加密，无法读取".</param>
public sealed record ReportReadFailure(string Source, string ChineseMessage);
