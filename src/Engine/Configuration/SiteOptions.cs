using System.ComponentModel.DataAnnotations;

namespace ComplianceFns.Engine.Configuration;

/// <summary>One disclosure site to inspect.</summary>
public sealed class SiteOptions
{
    /// <summary>Stable id used in keys and fingerprints (e.g. <c>wuqing-zwfwb</c>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", ErrorMessage = "Site Id must be 1-63 characters of letters, digits, '.', '_' or '-'.")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Display name, e.g. 天津市武清区政务服务办公室.</summary>
    public string Name { get; set; } = string.Empty;

    [MinLength(1, ErrorMessage = "A site needs at least one start URL.")]
    public List<string> StartUrls { get; set; } = [];

    /// <summary>Path prefixes that bound the crawl on the start hosts; empty means the whole host.</summary>
    public List<string> PathPrefixes { get; set; } = [];

    /// <summary>Further hosts crawled as part of the site (not merely checked).</summary>
    public List<string> ExtraHosts { get; set; } = [];

    /// <summary>Hosts that may resolve to private or loopback addresses and still be requested.</summary>
    public List<string> AllowPrivateHosts { get; set; } = [];

    /// <summary>Page budget for this site; null takes <see cref="CrawlOptions.MaxPages"/>.</summary>
    [Range(1, 1_000_000)]
    public int? MaxPages { get; set; }

    [Range(0, 100)]
    public int? MaxDepth { get; set; }

    /// <summary>Skip robots.txt for a site the office owns and wants inspected fully.</summary>
    public bool IgnoreRobotsTxt { get; set; }

    /// <summary>The organ's own name, for typo and report checks; empty takes the first configured organ's name.</summary>
    public string? OrganName { get; set; }

    /// <summary>Organs whose annual disclosure reports this site publishes; empty skips the publication checks.</summary>
    public List<OrganOptions> Organs { get; set; } = [];

    /// <summary>Email recipients for this site's alerts.</summary>
    public List<string> AlertRecipients { get; set; } = [];

    /// <summary>
    /// The name whose misspellings are serious (typo.own-organ-name): <see cref="OrganName"/>, else the first organ's
    /// name, so a site configured only with its organs still gets the check.
    /// </summary>
    public string? OwnOrganName() =>
        string.IsNullOrWhiteSpace(OrganName) ? Organs.FirstOrDefault(o => !string.IsNullOrWhiteSpace(o.Name))?.Name : OrganName;
}
