using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Engine.Uploads;

/// <summary>Turns the check of one upload (or its refusal) into the <see cref="UploadResult"/> written beside it.</summary>
internal static class UploadResultBuilder
{
    private static readonly Dictionary<string, string> RuleNames =
        ReportRules.All.ToDictionary(r => r.Id, r => r.ChineseName, StringComparer.Ordinal);

    public static UploadResult FromCheck(ReportCheckResult result, string siteId, UploadedBlobProperties properties, string contentSha256)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome is not { } outcome)
        {
            return Unreadable(result.Source, siteId, properties, contentSha256, result.ReadFailure!.ChineseMessage, result.Findings);
        }

        // The service makes one finding per issue, in issue order.
        var issues = outcome.Issues.Select((issue, i) => new UploadIssue
        {
            Rule = issue.RuleId,
            RuleName = RuleNames.GetValueOrDefault(issue.RuleId),
            Severity = issue.Severity.ToToken(),
            SeverityLabel = issue.Severity.ToChinese(),
            Message = issue.Message,
            Table = issue.Table,
            Row = issue.Row,
            RowLabel = issue.Row is null ? null : issue.Table == "表三" ? Table3Layout.DisplayLabel(issue.Row) : issue.Row,
            Column = issue.Column,
            Expected = issue.Expected,
            Actual = issue.Actual,
            Line = issue.Line,
            Fingerprint = result.Findings[i].Fingerprint,
        }).ToList();

        return new UploadResult
        {
            Upload = result.Source,
            SiteId = siteId,
            Size = properties.Size,
            ContentSha256 = contentSha256,
            UploadedAt = properties.LastModified,
            Status = UploadResult.CheckedStatus,
            Format = result.Kind?.ToString().ToLowerInvariant(),
            Title = outcome.Report.Title,
            Organ = outcome.Report.Organ,
            Year = outcome.Report.Year,
            Counts = Count(outcome.Issues.Select(i => i.Severity)),
            Issues = issues,
            Undecidable = outcome.Undecidable.Select(u => new UploadUndecidable(u.RuleId, u.Reason)).ToList(),
            PreviousYearSource = result.PreviousYearSource,
            Notes = outcome.Report.Notes,
            StoreNote = result.StoreNote,
        };
    }

    /// <summary>A file that could not be read: one S-READ issue carrying the reader's message.</summary>
    public static UploadResult Unreadable(
        string source, string siteId, UploadedBlobProperties properties, string? contentSha256, string message, IReadOnlyList<Finding> findings)
    {
        var issues = findings.Select(f => new UploadIssue
        {
            Rule = f.RuleId,
            RuleName = ReportFindingFactory.ReadFailureRuleName,
            Severity = f.Severity.ToToken(),
            SeverityLabel = f.Severity.ToChinese(),
            Message = f.Message,
            Fingerprint = f.Fingerprint,
        }).ToList();

        return new UploadResult
        {
            Upload = source,
            SiteId = siteId,
            Size = properties.Size,
            ContentSha256 = contentSha256,
            UploadedAt = properties.LastModified,
            Status = UploadResult.UnreadableStatus,
            Counts = Count(findings.Select(f => f.Severity)),
            Issues = issues,
            ReadFailure = message,
        };
    }

    internal static UploadSeverityCounts Count(IEnumerable<Severity> severities)
    {
        var list = severities.ToList();
        return new UploadSeverityCounts(
            list.Count(s => s == Severity.Serious), list.Count(s => s == Severity.General), list.Count(s => s == Severity.Hint));
    }
}
