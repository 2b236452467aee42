using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>One regular expression whose whole match is the wrong text, with a fixed or computed suggestion.</summary>
public sealed record RegexHitRule(Regex Pattern, Func<Match, string> Suggest, string RuleId, Severity Severity, Func<Match, string> Explain)
{
    public RegexHitRule(string pattern, string suggestion, string ruleId, Severity severity, string reason)
        : this(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), _ => suggestion, ruleId, severity, _ => reason)
    {
    }

    public void AddHits(string text, List<TypoHit> hits)
    {
        foreach (Match match in Pattern.Matches(text))
        {
            if (match.Length > 0)
            {
                hits.Add(new TypoHit(match.Index, match.Index + match.Length, match.Value, Suggest(match), RuleId, Severity, Explain(match)));
            }
        }
    }
}
