namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Whether a heading or paragraph is the report's title rather than a sentence mentioning it.</summary>
internal static class ReportTitle
{
    private const string Marker = "年度报告";

    /// <summary>Titles are one short line; the preamble ("本年度报告中所列数据…。") also contains the marker.</summary>
    private const int MaxTitleChars = 80;

    public static bool IsCandidate(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Length <= MaxTitleChars
        && text.Contains(Marker, StringComparison.Ordinal)
        && !text.Contains('。', StringComparison.Ordinal);
}
