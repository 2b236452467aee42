namespace ComplianceFns.Engine.Configuration;

/// <summary>The configured sites (section <c>Inspection</c>, key <c>Sites</c>).</summary>
public sealed class SitesOptions
{
    public const string SectionName = "Inspection";

    public List<SiteOptions> Sites { get; set; } = [];
}
