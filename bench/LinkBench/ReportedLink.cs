namespace LinkBench;

/// <summary>A broken link as a tool reported it: the page that holds it and the target, both absolute URLs.</summary>
public sealed record ReportedLink(string PageUrl, string TargetUrl);
