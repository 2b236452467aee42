using System.Globalization;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// What the office recorded about a finding (imported from its rectification ledger), as the report shows it in the
/// 整改情况 column: status, assignee, measure, its own deadline, completion and review. An office's 已整改 is shown as
/// waiting for the next inspection, or as contradicted by one that still found the finding after it was reported; a
/// status the office gave an earlier version of the finding is shown as lapsed, so it is confirmed again.
/// </summary>
public static class ReportRectification
{
    public static IReadOnlyList<EvidenceLine> Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var lines = new List<EvidenceLine>();
        var record = finding.CurrentRectification();
        if (finding.Status == FindingStatus.Open && record?.Status is { } status and not RectificationStatus.Pending)
        {
            lines.Add(new("整改状态", StatusText(finding, record, status)));
        }

        if (finding.Status == FindingStatus.Open && finding.LapsedOutcome() is { } lapsed)
        {
            var reason = lapsed.Status == RectificationStatus.NoActionNeeded && !string.IsNullOrWhiteSpace(lapsed.NoActionReason)
                ? $"，原理由：{lapsed.NoActionReason}"
                : string.Empty;
            lines.Add(new("原登记状态", $"“{lapsed.Status.ToChinese()}”已失效（问题内容已变化，或经检查确认整改后再次出现{reason}），请重新确认"));
        }

        Add(lines, "整改责任人", record?.Assignee);
        Add(lines, "整改措施", record?.Measure);
        if (finding.Status == FindingStatus.Open && record?.Deadline is { } deadline)
        {
            lines.Add(new("整改时限", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (record?.CompletedAt is { } completed)
        {
            lines.Add(new("整改完成时间", HtmlTimeFormat.Beijing(completed)));
        }

        Add(lines, "复核结果", record?.ReviewResult);
        return lines;
    }

    private static string StatusText(Finding finding, FindingRectification record, RectificationStatus status)
    {
        if (status != RectificationStatus.ClaimedDone)
        {
            return status.ToChinese();
        }

        // Reported done when the status was set (or, failing that, when the record was last imported).
        var reported = record.StatusSetAt ?? record.UpdatedAt;
        return finding.LastSeen > reported
            ? $"已报整改，但 {HtmlTimeFormat.Beijing(finding.LastSeen)} 的检查仍发现该问题"
            : "已报整改，待下次检查确认";
    }

    private static void Add(List<EvidenceLine> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add(new(label, value));
        }
    }
}
