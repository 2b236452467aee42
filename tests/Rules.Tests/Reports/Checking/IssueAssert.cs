using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using Xunit;

namespace ComplianceFns.Rules.Tests.Reports.Checking;

/// <summary>
/// Asserts every field a reader of a report issue sees, so each check test states the whole expected issue in one call.
/// </summary>
internal static class IssueAssert
{
    /// <summary>Asserts there is exactly one issue and that it is the expected one; returns it for further checks.</summary>
    public static ReportIssue Single(
        IEnumerable<ReportIssue> issues, string rule, Severity severity, string? table, string? row, string? column,
        string? expected, string? actual, string message)
    {
        var issue = Assert.Single(issues);
        Is(issue, rule, severity, table, row, column, expected, actual, message);
        return issue;
    }

    /// <summary>Asserts the outcome has exactly one issue of <paramref name="rule"/> and that it is the expected one.</summary>
    public static ReportIssue Single(
        ReportCheckOutcome outcome, string rule, Severity severity, string? table, string? row, string? column,
        string? expected, string? actual, string message) =>
        Single(outcome.Issues.Where(i => i.RuleId == rule), rule, severity, table, row, column, expected, actual, message);

    /// <summary>
    /// Asserts the outcome has exactly one issue of <paramref name="rule"/> with the expected severity, values and
    /// message; for text-level issues whose location the test does not pin down.
    /// </summary>
    public static ReportIssue SingleValue(
        ReportCheckOutcome outcome, string rule, Severity severity, string? expected, string? actual, string message)
    {
        var issue = Assert.Single(outcome.Issues, i => i.RuleId == rule);
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(expected, issue.Expected);
        Assert.Equal(actual, issue.Actual);
        Assert.Equal(message, issue.Message);
        return issue;
    }

    public static void Is(
        ReportIssue issue, string rule, Severity severity, string? table, string? row, string? column,
        string? expected, string? actual, string message)
    {
        Assert.Equal(rule, issue.RuleId);
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(table, issue.Table);
        Assert.Equal(row, issue.Row);
        Assert.Equal(column, issue.Column);
        Assert.Equal(expected, issue.Expected);
        Assert.Equal(actual, issue.Actual);
        Assert.Equal(message, issue.Message);
    }
}
