using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>One issue a sample must give: its id, severity and data fields, and a phrase its message must contain.</summary>
internal sealed record ExpectedIssue(string RuleId, Severity Severity, string? Table = null, string? Row = null, string? Column = null, string? Expected = null, string? Actual = null, string? MessagePart = null)
{
    public bool Matches(ReportIssue issue) =>
        issue.RuleId == RuleId && issue.Severity == Severity && issue.Table == Table && issue.Row == Row && issue.Column == Column
        && issue.Expected == Expected && issue.Actual == Actual
        && (MessagePart is null || issue.Message.Contains(MessagePart, StringComparison.Ordinal));

    public override string ToString() => $"{RuleId} {Severity} [{Table}|{Row}|{Column}|{Expected}|{Actual}] …{MessagePart}…";
}
