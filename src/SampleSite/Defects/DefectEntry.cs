namespace ComplianceFns.SampleSite.Defects;

/// <summary>One planted defect: where its link is, what it points at, and how it is repaired.</summary>
/// <param name="Key">Unique name; pages reference the link as <c>{{defect:Key}}</c>.</param>
/// <param name="RuleId">The rule id in <c>LinkRules</c> the inspection must report.</param>
/// <param name="PagePath">The page (or attachment) holding the link.</param>
/// <param name="Href">The broken href exactly as written on the page.</param>
/// <param name="ReplacementHref">
/// When set, fixing rewrites the link to this healthy href (the target is outside the site's control);
/// when null, fixing heals the target itself, which then serves a proper page or resource.
/// </param>
/// <param name="HealedTitle">Title of the page a healed target serves.</param>
internal sealed record DefectEntry(
    string Key,
    string RuleId,
    string PagePath,
    Func<SiteAddresses, string> Href,
    string? ReplacementHref,
    string HealedTitle)
{
    /// <summary>The link sits in the shared footer, so it appears on every page.</summary>
    public bool IsTemplateLink { get; init; }

    public bool HealsTarget => ReplacementHref is null;

    /// <summary>
    /// The absolute target; the raw href when it is no http(s) address (file:, ftp:, never requested) or cannot be
    /// parsed (the invalid-URL case).
    /// </summary>
    public string Target(SiteAddresses addresses)
    {
        var href = Href(addresses);
        return Uri.TryCreate(addresses.BaseUri, href, out var absolute) && !href.Contains(' ')
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : href;
    }

    /// <summary>The path a healed target answers on (null for off-site or replaced links).</summary>
    public string? HealablePath(SiteAddresses addresses) =>
        HealsTarget && Uri.TryCreate(addresses.BaseUri, Href(addresses), out var absolute) && absolute.Authority == addresses.BaseUri.Authority
            ? absolute.AbsolutePath
            : null;
}
