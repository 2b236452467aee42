using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// Real words wrong in context (docs/domain/typos.md §2): 截止 before a date → 截至; 登陆 before a website or account → 登录;
/// 泄露 of a gas or substance → 泄漏; 检察 in inspection phrases → 检查. Only the listed contexts fire.
/// </summary>
public sealed class ContextWordRule : ITypoLayer
{
    private const string Date = @"(?:\d{1,4}|[〇一二三四五六七八九十零]{2,4})\s*年|\d{1,2}\s*月|目前|今年|去年|本年|上年|当前|年底|年末|本月|上月|今天|今日|当日|发稿";
    private const string Gas = "气体|有毒|物质|液体|危险化学品|燃气|天然气|煤气|液化气|氨气|氯气";
    private const string Site = "网站|平台|系统|账号|帐号|账户|APP|App|app|客户端|页面|官网|小程序|门户";
    private const string ProsecutorWords = "院|官|机关|长|建议|工作|权|人员|系统|委员会|干警|业务|职能|监督";

    private static readonly RegexHitRule[] Rules =
    [
        new(@"(?<!报名)截止(?!日期|时间|到|期)(?=" + Date + ")", "截至", "typo.context-word", Severity.General,
            "日期之前应用“截至”：“截止”表示到期停止，后面不接时间"),
        new(@"登陆(?=[^，。；！？、\s]{0,6}?(?:" + Site + "))", "登录", "typo.context-word", Severity.General,
            "登入网站、平台或账号应为“登录”"),
        new(@"泄露(?=的?(?:" + Gas + "))|(?<=(?:" + Gas + "))泄露", "泄漏", "typo.context-word", Severity.General,
            "气体、液体等物质外泄应为“泄漏”"),
        new(@"(?<=(?:安全|督导|消防|卫生|质量|抽样|专项|联合|例行|日常|巡查|监督)(?:和|与)?)检察(?!" + ProsecutorWords + ")|检察(?=验收|整改)",
            "检查", "typo.context-word", Severity.General, "此处指检查工作，应为“检查”；“检察”专指检察机关的职能"),
    ];

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        foreach (var rule in Rules)
        {
            rule.AddHits(text, hits);
        }
    }
}
