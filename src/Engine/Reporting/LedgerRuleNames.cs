using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Reporting;

/// <summary>The Chinese name an admin sees for a rule id, from the link and typo catalogues.</summary>
internal static class LedgerRuleNames
{
    private static readonly IReadOnlyDictionary<string, RuleDescriptor> ById =
        LinkRules.All.Concat(TypoRules.All).ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    /// <summary>The rule's Chinese name; an id no catalogue knows (a retired rule) is shown as it is.</summary>
    public static string ChineseName(string ruleId) =>
        ById.TryGetValue(ruleId, out var rule) ? rule.ChineseName : ruleId;
}
