using System.Globalization;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// Findings for pages of the site the crawler could not read: a start page (nothing behind it was inspected) or a
/// page whose links and text went unchecked. The finding is on the unread page itself, so its identity is the page.
/// </summary>
public static class PageReadFindingFactory
{
    /// <summary>The evidence key naming the <see cref="PageReadProblem"/> (in Chinese).</summary>
    public const string ProblemEvidence = "problem";

    /// <param name="reason">The cause in Chinese, without a final "。", e.g. "服务器返回 500（服务器内部错误）".</param>
    public static Finding ForUnreadPage(
        string siteId, string pageUrl, bool isStart, PageReadProblem problem, string reason, int? status, string? contentType, DateTimeOffset detectedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pageUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var rule = isStart ? LinkRules.StartPageUnreachable
            : problem == PageReadProblem.DamagedAttachment ? LinkRules.DamagedAttachment
            : LinkRules.UnreadablePage;
        var evidence = new List<KeyValuePair<string, string>> { new(ProblemEvidence, problem.ToChinese()) };
        if (status is { } code)
        {
            evidence.Add(new("status", code.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(contentType))
        {
            evidence.Add(new("contentType", contentType));
        }

        evidence.Add(new("detail", reason));
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = pageUrl,
            Message = Message(pageUrl, isStart, reason, problem),
            Evidence = evidence,
            Fingerprint = FindingFingerprint.Compute(rule.Id, siteId, pageUrl, null),
            FirstSeen = detectedAt,
            LastSeen = detectedAt,
        };
    }

    /// <summary>The sentence for the finding and the run record.</summary>
    public static string Message(string pageUrl, bool isStart, string reason, PageReadProblem problem = PageReadProblem.Failed) =>
        isStart ? $"起始页面 {pageUrl} 无法访问：{reason}。本次未能检查从该页面出发的任何页面。"
        : problem == PageReadProblem.DamagedAttachment ? $"附件 {pageUrl} 无法打开：{reason}。公众下载后可能无法打开，附件中的链接本次未检查。"
        : $"页面 {pageUrl} 无法读取：{reason}。该页面中的链接和文字本次未检查。";
}
