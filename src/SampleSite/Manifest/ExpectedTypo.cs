namespace ComplianceFns.SampleSite.Manifest;

/// <summary>A typo planted in the sample site's text: its rule, the page (or "*" for the shared footer) and the wrong text.</summary>
public sealed record ExpectedTypo(string RuleId, string PagePath, string Wrong, string Suggestion);
