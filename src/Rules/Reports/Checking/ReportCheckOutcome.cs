using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>The result of checking one report: its issues (ordered by catalogue) and the checks it could not decide.</summary>
public sealed record ReportCheckOutcome(AnnualReport Report, IReadOnlyList<ReportIssue> Issues, IReadOnlyList<UndecidableCheck> Undecidable);
