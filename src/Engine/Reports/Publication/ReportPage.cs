namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>What the publication checks read from a report's own page.</summary>
/// <param name="PublishedOn">The Beijing publication date; null when neither the page nor its URL gives one.</param>
/// <param name="DateFromUrl">The date came from the URL, not from a 发布时间/发布日期 label on the page.</param>
/// <param name="ColumnName">The column the page says it belongs to (ColumnName meta or breadcrumb), when stated.</param>
/// <param name="Narrative">The report's narrative for similarity (tables, numbers and site template removed); empty when not HTML.</param>
public sealed record ReportPage(DateOnly? PublishedOn, bool DateFromUrl, string? ColumnName, string Narrative);
