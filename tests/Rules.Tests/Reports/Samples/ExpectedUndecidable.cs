namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>A check a partial sample cannot decide (不可判定), with a phrase its reason must contain (what is missing).</summary>
internal sealed record ExpectedUndecidable(string RuleId, string ReasonPart);
