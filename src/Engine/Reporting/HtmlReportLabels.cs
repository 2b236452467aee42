using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Catalogue;

namespace ComplianceFns.Engine.Reporting;

/// <summary>The Chinese names the report shows for rules, run statuses and evidence keys.</summary>
public static class HtmlReportLabels
{
    private static readonly Dictionary<string, string> EvidenceKeys = new(StringComparer.Ordinal)
    {
        ["status"] = "状态码",
        ["redirects"] = "跳转链",
        ["detail"] = "详情",
        ["href"] = "原始地址",
        ["anchor"] = "链接文字",
        ["context"] = "上下文",
        ["suggestion"] = "建议改为",
        ["reason"] = "依据",
        ["expected"] = "应为",
        ["actual"] = "实际",
        ["title"] = "目标页标题",
        ["fragment"] = "锚点",
        ["address"] = "解析地址",
    };

    /// <summary>The catalogue's Chinese name, or the id itself for a rule the catalogues do not know.</summary>
    public static string RuleName(string ruleId) => RuleCatalog.ChineseName(ruleId);

    /// <summary>Catalogue order (links, then typos), unknown rules last.</summary>
    public static int RuleOrder(string ruleId) => RuleCatalog.Order(ruleId);

    public static string EvidenceKey(string key) => EvidenceKeys.TryGetValue(key, out var name) ? name : key;

    public static string RunStatus(RunStatus status) => status switch
    {
        Storage.RunStatus.Succeeded => "成功",
        Storage.RunStatus.CompletedWithErrors => "完成（部分页面出错）",
        Storage.RunStatus.Failed => "失败",
        _ => status.ToString(),
    };
}
