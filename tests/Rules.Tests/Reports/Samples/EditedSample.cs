using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>The complete sample with a few edits, read and checked; the sample's own fee note (S-FEE-SEC6) left out.</summary>
internal static class EditedSample
{
    public static string Text(params (string Old, string New)[] edits) =>
        new TextMutation("edit", "review regression", edits).Apply(ReportSamples.Text(CompleteSampleMutations.File));

    public static ReportCheckOutcome Check(params (string Old, string New)[] edits) => CheckText(Text(edits));

    public static ReportCheckOutcome CheckText(string text) =>
        AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, CompleteSampleMutations.File));

    /// <summary>Issues besides the sample's own S-FEE-SEC6 note, described for assertion messages.</summary>
    public static IReadOnlyList<ReportIssue> Findings(ReportCheckOutcome outcome) =>
        outcome.Issues.Where(i => i.RuleId != "S-FEE-SEC6").ToList();

    public static string Describe(IEnumerable<ReportIssue> issues) =>
        string.Join("\n", issues.Select(i => $"{i.RuleId} {i.Severity} [{i.Table}|{i.Row}|{i.Column}|{i.Expected}|{i.Actual}] {i.Message}"));
}
