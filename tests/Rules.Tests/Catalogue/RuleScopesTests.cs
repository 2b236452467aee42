using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Rules.Tests.Catalogue;

/// <summary>A run resolves findings by scope: every rule must sit in the scope of the check that decides it, and no other.</summary>
public sealed class RuleScopesTests
{
    [Fact]
    public void Every_rule_is_in_exactly_the_scope_of_its_check()
    {
        Assert.All(LinkRules.All, r => Assert.Equal([RuleScopes.Links], ScopesOf(r.Id)));
        Assert.All(TypoRules.All, r => Assert.Equal([RuleScopes.Typos], ScopesOf(r.Id)));
        var publication = ReportRules.All.Where(r => r.Id.StartsWith('P')).ToList();
        Assert.NotEmpty(publication);
        Assert.All(publication, r => Assert.Equal([RuleScopes.Publication], ScopesOf(r.Id)));
        Assert.All(ReportRules.All.Except(publication), r => Assert.Empty(ScopesOf(r.Id)));
    }

    private static string[] ScopesOf(string ruleId) =>
        [.. new[] { RuleScopes.Links, RuleScopes.Typos, RuleScopes.Publication }.Where(scope => RuleScopes.IsIn(ruleId, scope))];
}
