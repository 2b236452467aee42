using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos;

/// <summary>The typo rule catalogue: ids are stable (stored findings and fingerprints depend on them).</summary>
public static class TypoRules
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new("typo.country-name", Severity.Serious, "国名错误", "The country's name with a character wrong, dropped, doubled or swapped."),
        new("typo.organ-name", Severity.Serious, "国家机关名称错误", "A state organ's name with a character wrong, dropped, doubled or swapped."),
        new("typo.own-organ-name", Severity.Serious, "本单位名称错误", "The site's own organ name (from its configuration) written wrongly."),
        new("typo.leader-name", Severity.Serious, "领导人姓名错误", "A leader's name or title written wrongly."),
        new("typo.political-formulation", Severity.Serious, "固定提法错误", "A fixed political formulation (四个自信, 扫黑除恶 …) written wrongly."),
        new("typo.outdated-name", Severity.Serious, "使用已撤销的机构名称", "An organ name abolished by a reform, on a page dated after the change."),
        new("typo.misspelling", Severity.General, "常见错别字", "A known misspelt word (布署, 防讯, 做为 …)."),
        new("typo.context-word", Severity.General, "易混词用错", "A real word wrong in its context (截止/截至 before a date, 登陆/登录 …)."),
        new("typo.de-di-de", Severity.General, "“的、地、得”误用", "A clear misuse of 的/地/得."),
        new("typo.doubled-char", Severity.General, "多字（重复）", "A function character written twice (的的, 在在) outside real reduplications."),
        new("typo.statistical", Severity.General, "疑似错别字", "A character whose confusable makes a far more likely word in context."),
        new("typo.doubled-punctuation", Severity.Hint, "标点重复", "A punctuation mark typed twice (，， 。。 、、 ；；); not …… or ——."),
        new("typo.unbalanced-bracket", Severity.Hint, "括号或引号不成对", "《》“”（）【】 without their partner."),
        new("typo.doc-number-format", Severity.Hint, "文号格式不规范", "A document number year in [ ] or ( ) instead of 〔 〕 (GB/T 9704-2012)."),
        new("typo.half-width-punctuation", Severity.Hint, "中文中使用半角标点", "Half-width , ; : ( ) between Chinese characters."),
    ];
}
