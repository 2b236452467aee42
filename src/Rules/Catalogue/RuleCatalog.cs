using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Rules.Catalogue;

/// <summary>Every rule the product reports, in catalogue order (links, typos, then annual reports), looked up by id.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescriptor> All { get; } = [.. LinkRules.All, .. TypoRules.All, .. ReportRules.All];

    private static readonly Dictionary<string, int> OrderById =
        All.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

    public static RuleDescriptor? Find(string ruleId) => OrderById.TryGetValue(ruleId, out var index) ? All[index] : null;

    /// <summary>The Chinese name admins see; a rule no catalogue knows (a retired one) is shown by its id.</summary>
    public static string ChineseName(string ruleId) => Find(ruleId)?.ChineseName ?? ruleId;

    /// <summary>Position in the catalogue, for stable ordering; unknown rules last.</summary>
    public static int Order(string ruleId) => OrderById.TryGetValue(ruleId, out var index) ? index : int.MaxValue;
}
