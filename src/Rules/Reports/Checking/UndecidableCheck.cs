namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>A check that could not be decided (不可判定) and why, in Chinese, naming what is missing.</summary>
public sealed record UndecidableCheck(string RuleId, string Reason);
