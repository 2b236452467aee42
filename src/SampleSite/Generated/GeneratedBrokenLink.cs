namespace ComplianceFns.SampleSite.Generated;

/// <summary>A planted broken link of the generated site: the page holding it and the missing target (absolute URLs).</summary>
public sealed record GeneratedBrokenLink(string SourcePageUrl, string TargetUrl);
