namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>The pages of a report page read by following its pager, first page first.</summary>
/// <param name="Pages">Each page read: its address (after redirects) and decoded HTML.</param>
/// <param name="Gap">Why reading stopped before the last page, in Chinese, naming the page; null when every page was read.</param>
internal sealed record ReportPages(IReadOnlyList<(Uri Url, string Html)> Pages, string? Gap)
{
    /// <summary>Pages exist that were not read: what was read must be checked as a partial copy.</summary>
    public bool Partial => Gap is not null;

    /// <summary>What a user is told about the pages, in Chinese; null for a page that stands alone.</summary>
    public string? Note => Gap ?? (Pages.Count > 1 ? $"该网页年报分{Pages.Count}页发布，已读取全部{Pages.Count}页合并核查" : null);
}
