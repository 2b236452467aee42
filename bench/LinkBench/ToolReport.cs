namespace LinkBench;

/// <summary>
/// What a tool's output says: the broken links it reported, how many distinct URLs it says it checked (evidence that
/// both tools covered the same site; null when the tool does not say), and findings that are not broken links.
/// </summary>
public sealed record ToolReport(IReadOnlyList<ReportedLink> BrokenLinks, int? DistinctUrlsChecked, int OtherFindings);
