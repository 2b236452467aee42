namespace ComplianceFns.Rules.Links;

/// <summary>Why a link is judged 错链: what the link text promised and what the target is called.</summary>
/// <param name="Case">Which rule decided.</param>
/// <param name="ExpectedName">The name the link text promises: the 《…》 name without brackets, or the link text itself.</param>
/// <param name="ActualTitle">The target's title as written, or its first heading when it has no title.</param>
/// <param name="Score">The best similarity found (0 to 1); below the rule's threshold.</param>
/// <param name="Reason">A Simplified-Chinese explanation for the admin.</param>
public sealed record WrongLinkVerdict(WrongLinkCase Case, string ExpectedName, string? ActualTitle, double Score, string Reason);
