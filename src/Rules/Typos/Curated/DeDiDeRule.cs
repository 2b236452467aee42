using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// Clear 的/地/得 misuse, by pattern only: 取的/获的 + a result → 取得/获得; 的到 + a result → 得到; an adverbial
/// (较好, 有序规范 …) + 的 + a verb used as the predicate → 地. Lists are short on purpose: precision first.
/// </summary>
public sealed class DeDiDeRule : ITypoLayer
{
    private const string Result = "了|新|良好|显著|明显|阶段性|积极|实效|成效|成绩|突破|进展|较好|较大|一定|重大|圆满|优异|长足|丰硕|初步";
    private const string Obtained = "有效|充分|广泛|进一步|落实|解决|提升|加强|保障|保护|改善|认可|好评|及时|妥善|显著|明显|全面|较大|很大|极大|大幅|社会|群众|各级|上级";
    private const string Adverbial = "较好|很好|更好|有效|积极|认真|扎实|稳步|有序|规范|切实|全面|深入|充分|主动|严格|严要求|依法|持续|不断|高效|顺利|圆满|大力|稳妥|迅速";
    private const string Verb = "完成|推进|落实|开展|发挥|实现|解决|推动|执行|做好|贯彻|组织|进行|提升|提高|加强|回应|处理|公开";
    private const string NounAfterVerb = "作用|机制|措施|方式|方法|情况|效果|力度|能力|水平|工作|渠道|平台|目标|任务|过程|要求|举措|手段|途径|路径|意见|方案|制度|体系|环境|条件|基础|保障|成果|结果|经验|问题|事项|内容|信息|政策|动力|引擎|时间|阶段|期间|的|者";

    private static readonly RegexHitRule[] Rules =
    [
        new("(?<![获选采提争听吸录领收读夺窃截抽换骗赚攫猎摄榨索汲])取的(?=" + Result + ")", "取得", "typo.de-di-de", Severity.General,
            "“取得”误写为“取的”"),
        new("(?<![收俘捕查缴斩荣虏])获的(?=" + Result + "|感|省|市|国家|全国|各级|上级|多项)", "获得", "typo.de-di-de", Severity.General,
            "“获得”误写为“获的”"),
        new("的到(?=" + Obtained + ")", "得到", "typo.de-di-de", Severity.General, "“得到”误写为“的到”"),
        new("(?<=(?:" + Adverbial + "))的(?=(?:" + Verb + ")(?!" + NounAfterVerb + "))", "地", "typo.de-di-de", Severity.General,
            "修饰动词的状语后应用“地”"),
    ];

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        foreach (var rule in Rules)
        {
            rule.AddHits(text, hits);
        }
    }
}
