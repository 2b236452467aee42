using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>Findings shaped like the link checker's, for store tests.</summary>
internal static class SampleFindings
{
    public static Finding Link(string siteId, string pageUrl, string targetUrl, string ruleId = "link.http-404", string? text = "办事指南")
    {
        return new Finding
        {
            RuleId = ruleId,
            Severity = Severity.General,
            SiteId = siteId,
            PageUrl = pageUrl,
            TargetUrl = targetUrl,
            Text = text,
            Message = $"页面 {pageUrl} 中的链接“{text}”（{targetUrl}）无法访问：服务器返回 404。",
            Evidence = [new("status", "404"), new("anchor", text ?? string.Empty)],
            Fingerprint = FindingFingerprint.Compute(ruleId, siteId, pageUrl, targetUrl),
        };
    }

    public static Finding Typo(string siteId, string pageUrl, string wrong, string right)
    {
        return new Finding
        {
            RuleId = "typo.common",
            Severity = Severity.Hint,
            SiteId = siteId,
            PageUrl = pageUrl,
            Text = wrong,
            Message = $"页面 {pageUrl} 中“{wrong}”疑为错别字，应为“{right}”。",
            Evidence = [new("expected", right), new("actual", wrong)],
            Fingerprint = FindingFingerprint.Compute("typo.common", siteId, pageUrl, null, wrong),
        };
    }
}
