namespace ComplianceFns.SampleSite.Manifest;

/// <summary>A defect the inspection of the sample site must report.</summary>
/// <param name="RuleId">The rule id from <c>LinkRules</c>, e.g. <c>link.http-404</c>.</param>
/// <param name="PagePath">The path of the page or attachment that holds the defective link, e.g. <c>/zcwj/….html</c>.</param>
/// <param name="Target">The absolute target URL; the raw href when it is not a valid URL.</param>
public sealed record ExpectedDefect(string RuleId, string PagePath, string Target)
{
    /// <summary>Names this single defect for <c>SampleSiteServer.Fix</c> (rule ids may name several).</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>
    /// The link is in the shared footer of every page: one finding per site is expected, and
    /// <see cref="PagePath"/> is the home page "/" where a crawl sees it first.
    /// </summary>
    public bool IsTemplateLink { get; init; }
}
