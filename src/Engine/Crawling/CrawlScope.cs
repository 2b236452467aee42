using ComplianceFns.Engine.Configuration;

namespace ComplianceFns.Engine.Crawling;

/// <summary>Which URLs belong to the site (crawled) rather than being merely checked.</summary>
public sealed class CrawlScope
{
    private readonly HashSet<string> _hosts;
    private readonly List<string> _pathPrefixes;

    public CrawlScope(SiteOptions site)
    {
        _hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in site.StartUrls)
        {
            if (Uri.TryCreate(start, UriKind.Absolute, out var uri))
            {
                _hosts.Add(HostKey(uri));
            }
        }

        foreach (var host in site.ExtraHosts)
        {
            _hosts.Add(host.ToLowerInvariant());
        }

        _pathPrefixes = site.PathPrefixes.Select(p => p.StartsWith('/') ? p : "/" + p).ToList();
    }

    /// <summary>The hosts of the site itself (host, or host:port for non-default ports).</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    public bool Contains(Uri url)
    {
        if (!_hosts.Contains(HostKey(url)) && !_hosts.Contains(url.IdnHost.ToLowerInvariant()))
        {
            return false;
        }

        return _pathPrefixes.Count == 0 || _pathPrefixes.Any(p => url.AbsolutePath.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    private static string HostKey(Uri uri) => uri.IsDefaultPort ? uri.IdnHost.ToLowerInvariant() : $"{uri.IdnHost.ToLowerInvariant()}:{uri.Port}";
}
