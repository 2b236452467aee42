namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// One of the six numbered sections (一 … 六), matched by ordinal plus an anchor word (docs/domain/annual-reports.md §2.1).
/// <see cref="Body"/> is the text up to the next section (tables included, as read).
/// </summary>
/// <param name="Ordinal">1–6.</param>
/// <param name="Heading">The heading line as printed, e.g. "四、政府信息公开行政复议、行政诉讼情况".</param>
/// <param name="HasAnchor">False when the heading is a bare ordinal or lacks the anchor word ("一、工作基本情况").</param>
public sealed record ReportSection(int Ordinal, string Heading, string Body, int Line, bool HasAnchor);
