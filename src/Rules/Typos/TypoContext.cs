namespace ComplianceFns.Rules.Typos;

/// <summary>What the detector knows about where a text comes from.</summary>
public sealed record TypoContext
{
    public static TypoContext None { get; } = new();

    /// <summary>The page's publication date; outdated organ names are flagged only on pages dated after the change.</summary>
    public DateOnly? PageDate { get; init; }

    /// <summary>The organ's own name from the site configuration (its near-misses are serious).</summary>
    public string? OrganName { get; init; }

    /// <summary>Terms learnt from the site (recurring across its pages): never typos.</summary>
    public IReadOnlySet<string> SiteTerms { get; init; } = new HashSet<string>();
}
