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
        ["href"] = "页面源码中的地址",
        ["anchor"] = "链接文字",
        ["context"] = "上下文",
        ["suggestion"] = "建议改为",
        ["reason"] = "判断依据",
        ["expected"] = "应为",
        ["actual"] = "实际",
        ["title"] = "目标页标题",
        ["fragment"] = "锚点",
        ["address"] = "解析地址",
        ["attempts"] = "尝试次数",
        ["kind"] = "链接位置",
        ["case"] = "判定情形",
        ["score"] = "相似度评分",
        ["failure"] = "失败类型",
        ["start"] = "起始位置",
        ["end"] = "结束位置",
        ["pages"] = "出现页面",
        ["table"] = "表格",
        ["row"] = "行",
        ["column"] = "列",
        ["line"] = "所在行号",
        ["year"] = "报告年度",
        ["organ"] = "机关",
        ["identity"] = "年报标识",
        ["deadline"] = "公布期限",
        ["publishedOn"] = "发布日期",
        ["dateSource"] = "日期来源",
        ["linkedFrom"] = "链接所在页面",
        ["columnName"] = "所在栏目",
        ["similarity"] = "相似度",
        ["comparedYear"] = "比对年度",
        ["problem"] = "无法读取的原因",
        ["contentType"] = "内容类型",
    };

    /// <summary>The catalogue's Chinese name, or the id itself for a rule the catalogues do not know.</summary>
    public static string RuleName(string ruleId) => RuleCatalog.ChineseName(ruleId);

    /// <summary>Catalogue order (links, then typos), unknown rules last.</summary>
    public static int RuleOrder(string ruleId) => RuleCatalog.Order(ruleId);

    public static string EvidenceKey(string key) => EvidenceKeys.TryGetValue(key, out var name) ? name : key;

    /// <summary>Whether the report has a Chinese name for an evidence key (a test keeps every produced key named).</summary>
    public static bool HasEvidenceName(string key) => EvidenceKeys.ContainsKey(key);

    public static string RunStatus(RunStatus status) => status switch
    {
        Storage.RunStatus.Succeeded => "成功",
        Storage.RunStatus.CompletedWithErrors => "完成（部分页面出错）",
        Storage.RunStatus.Failed => "失败",
        _ => status.ToString(),
    };
}
