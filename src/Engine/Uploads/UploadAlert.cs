using System.Globalization;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Uploads;

/// <summary>The one alert an upload raises when its report has serious issues or could not be read.</summary>
public static class UploadAlert
{
    /// <summary>How many issues the mail lists; the rest are in the result page.</summary>
    public const int IssuesListed = 5;

    /// <summary>The alert for the result, or null when the report was read and has no serious issue.</summary>
    /// <param name="resultPage">Where the result page is (e.g. <c>results/x.docx.html</c>), named in the mail.</param>
    public static Alert? For(UploadResult result, UploadSite site, string versionKey, string resultPage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        if (result.ReadFailure is null && !result.HasSeriousIssues)
        {
            return null;
        }

        var summary = result.ReadFailure is not null
            ? $"上传的年报“{result.Upload}”无法读取，未能核查。"
            : string.Create(CultureInfo.InvariantCulture, $"上传的年报“{result.Upload}”核查发现 {result.Counts.Serious} 处严重问题，请尽快核实更正。");
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
                details.Add(string.Create(CultureInfo.InvariantCulture, $"……另有 {result.Issues.Count - listed.Count} 个问题，见核查结果页面"));
            }
        }

        details.Add($"核查结果：{resultPage}");
        return new Alert
        {
            Kind = AlertKind.UploadedReportProblem,
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
