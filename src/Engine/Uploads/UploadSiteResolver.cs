using System.Text.RegularExpressions;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// Which site an upload belongs to: <c>{siteId}/{file}</c> names a configured (or registered) site; anything else,
/// a file at the top level or under an unknown folder, goes to the uploads site (<see cref="UploadOptions.SiteId"/>).
/// </summary>
public sealed partial class UploadSiteResolver(IOptions<SitesOptions> configured, SiteRegistry registry, IOptions<UploadOptions> options)
{
    public async Task<UploadSite> ResolveAsync(string blobName, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobName);
        var slash = blobName.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && blobName[..slash] is var folder && SiteId().IsMatch(folder))
        {
            var site = configured.Value.Sites.FirstOrDefault(s => string.Equals(s.Id, folder, StringComparison.Ordinal))
                ?? (await registry.FindAsync(folder, ct).ConfigureAwait(false))?.Site;
            if (site is not null)
            {
                return new UploadSite(site.Id, string.IsNullOrWhiteSpace(site.Name) ? null : site.Name, site.AlertRecipients);
            }
        }

        return new UploadSite(options.Value.SiteId, null, []);
    }

    // The same rule as SiteOptions.Id.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex SiteId();
}
