using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>What a dictionary pattern means when it matches.</summary>
public enum CuratedPatternKind
{
    /// <summary>A correct entry (a formulation, an organ name): protects the text it covers from near-miss hits.</summary>
    Canonical,

    /// <summary>A real phrase that contains a wrong form (问题高发 ⊃ 题高): protects what it covers.</summary>
    RealPhrase,

    /// <summary>A wrong form: a near-miss or a known misspelling.</summary>
    Wrong,
}

/// <summary>A dictionary pattern and, for wrong forms, the hit it produces.</summary>
public sealed record CuratedPattern(CuratedPatternKind Kind, string Suggestion, string RuleId, Severity Severity, string Reason);
