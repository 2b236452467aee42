using System.Globalization;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Uploads;

/// <summary>The one alert an upload raises when its report has serious issues or could not be read.</summary>
public static class UploadAlert
{
    /// <summary>How many issues the mail lists; the rest are in the result page.</summary>
    public const int IssuesListed = 5;

    /// <summary>The alert for the result, or null when the report was read and has no serious issue.</summary>
    /// <param name="resultPage">Where the result page is (e.g. <c>results/x.docx.html</c>), named in the mail.</param>
    /// <param name="suppressed">Fingerprints the office marked 无需整改 for what they say now: left out of the alert.</param>
    public static Alert? For(UploadResult result, UploadSite site, string versionKey, string resultPage, DateTimeOffset now, IReadOnlySet<string>? suppressed = null) =>
        Compose(Without(result, suppressed), site, versionKey, resultPage, AlertKind.UploadedReportProblem, "上传的年报", now, Suppressed(result, suppressed));

    private static UploadResult Without(UploadResult result, IReadOnlySet<string>? suppressed)
    {
        if (suppressed is not { Count: > 0 })
        {
            return result;
        }

        var kept = result.Issues.Where(i => !IsSuppressed(i, suppressed)).ToList();
        return result with { Issues = kept, Counts = UploadResultBuilder.Count(kept.Select(i => SeverityNames.ParseToken(i.Severity))) };
    }

    private static int Suppressed(UploadResult result, IReadOnlySet<string>? suppressed) =>
        suppressed is not { Count: > 0 } ? 0 : result.Issues.Count(i => IsSuppressed(i, suppressed));

    private static bool IsSuppressed(UploadIssue issue, IReadOnlySet<string> suppressed) =>
        issue.Fingerprint is { } fingerprint && suppressed.Contains(fingerprint);

    /// <summary>
    /// The same alert for a report checked from the command line (<c>check-report --mail-out</c>), so an admin can see
    /// what the upload function would send for it; the mail points to the command's own output instead of a result page.
    /// </summary>
    public static Alert? ForCheckedReport(ReportCheckResult result, UploadSite site, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        var properties = new UploadedBlobProperties(0, result.Identity, null, now);
        return Compose(UploadResultBuilder.FromCheck(result, site.Id, properties, result.Identity), site, result.Identity, null, AlertKind.ReportCheckProblem, "年报", now, 0);
    }

    private static Alert? Compose(UploadResult result, UploadSite site, string versionKey, string? resultPage, AlertKind kind, string noun, DateTimeOffset now, int suppressedCount)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        if (result.ReadFailure is null && !result.HasSeriousIssues)
        {
            return null;
        }

        var summary = result.ReadFailure is not null
            ? $"{noun}“{result.Upload}”无法读取，未能核查。"
            : string.Create(CultureInfo.InvariantCulture, $"{noun}“{result.Upload}”核查发现 {result.Counts.Serious} 处严重问题，请尽快核实更正。");
        var details = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"问题数量：严重 {result.Counts.Serious}，一般 {result.Counts.General}，提示 {result.Counts.Hint}"),
        };
        if (result.ReadFailure is { } failure)
        {
            details.Add($"原因：{failure}");
        }
        else
        {
            // Serious first, then the checker's order.
            var listed = result.Issues.OrderByDescending(i => SeverityNames.ParseToken(i.Severity)).Take(IssuesListed).ToList();
            details.AddRange(listed.Select(i => $"【{i.SeverityLabel}】{i.Rule}：{i.Message}"));
            if (result.Issues.Count > listed.Count)
            {
                details.Add(string.Create(CultureInfo.InvariantCulture,
                    $"……另有 {result.Issues.Count - listed.Count} 个问题，见{(resultPage is null ? "核查命令的输出" : "核查结果页面")}"));
            }
        }

        if (suppressedCount > 0)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"另有 {suppressedCount} 个问题已登记无需整改，未列入"));
        }

        if (resultPage is not null)
        {
            details.Add($"核查结果：{resultPage}");
        }

        return new Alert
        {
            Kind = kind,
            // Upload name + content: the same file processed again is not mailed again.
            Key = "upload:" + FindingFingerprint.Compute("upload", site.Id, result.Upload, targetUrl: null, versionKey),
            SiteId = site.Id,
            SiteName = site.Name,
            Summary = summary,
            Details = details,
            Recipients = site.AlertRecipients,
            RaisedAt = now,
        };
    }
}
