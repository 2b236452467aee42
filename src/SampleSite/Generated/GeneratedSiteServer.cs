using System.Globalization;
using System.Text;
using ComplianceFns.SampleSite.Endpoints;
using ComplianceFns.SampleSite.Hosting;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Generated;

/// <summary>Serves a deterministic site of N pages on 127.0.0.1 for the crawler benchmark; no artificial delay.</summary>
public sealed class GeneratedSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<WebApplication> _outsideHosts;
    private readonly GeneratedSite _site;

    private GeneratedSiteServer(WebApplication app, IReadOnlyList<WebApplication> outsideHosts, GeneratedSite site, Uri baseUri, ISet<string> hangingUrls)
    {
        _app = app;
        _outsideHosts = outsideHosts;
        _site = site;
        BaseUri = baseUri;
        PageUrls = Enumerable.Range(0, site.PageCount).Select(i => new Uri(baseUri, GeneratedSite.PagePath(i)).AbsoluteUri).ToList();
        BrokenLinks = site.BrokenTargets
            .Select(b => new KeyValuePair<int, string>(b.Key, new Uri(baseUri, b.Value).AbsoluteUri))
            .Concat(site.OutsideLinks.Where(o => hangingUrls.Contains(o.Value)))
            .OrderBy(b => b.Key)
            .ThenBy(b => b.Value, StringComparer.Ordinal)
            .Select(b => new GeneratedBrokenLink(PageUrls[b.Key], b.Value))
            .ToList();
        SlowUrls = site.OutsideLinks.Select(o => o.Value).Where(url => !hangingUrls.Contains(url)).Order(StringComparer.Ordinal).ToList();
    }

    public Uri BaseUri { get; }

    public Uri StartUrl => BaseUri;

    public int PageCount => _site.PageCount;

    /// <summary>Every page, "/" first; all are reachable from it.</summary>
    public IReadOnlyList<string> PageUrls { get; }

    /// <summary>The only broken links on the site: missing pages, and outside targets that never answer.</summary>
    public IReadOnlyList<GeneratedBrokenLink> BrokenLinks { get; }

    /// <summary>Outside targets that answer, but only after their delay: healthy, never to be reported.</summary>
    public IReadOnlyList<string> SlowUrls { get; }

    /// <param name="pages">Number of HTML pages (about 8 KB each).</param>
    /// <param name="linksPerPage">Page links on each page (fewer on tiny sites), besides 3 images.</param>
    /// <param name="seed">Same seed, same site.</param>
    /// <param name="port">The port on 127.0.0.1; null picks a free one.</param>
    /// <param name="slow">Outside targets that answer late or never, on hosts of their own; null for none.</param>
    public static async Task<GeneratedSiteServer> StartAsync(
        int pages, int linksPerPage, int seed, int? port = null, CancellationToken ct = default, SlowTargetPlan? slow = null)
    {
        var outsideHosts = new List<WebApplication>();
        var outsideLinks = new List<string>();
        var hangingUrls = new HashSet<string>(StringComparer.Ordinal);
        if (slow is not null)
        {
            for (var host = 0; host < slow.Hosts; host++)
            {
                var outside = LoopbackHost.CreateBuilder(kestrel => LoopbackHost.ListenHttp(kestrel, null)).Build();
                outside.MapGetAndHead("/slow/{target:int}.html", async (HttpContext c, int target) =>
                {
                    await Task.Delay(slow.DelayOf(target), c.RequestAborted);
                    await SiteResponses.BytesAsync(c, SlowPage(target), SiteResponses.HtmlUtf8);
                });
                outside.MapGetAndHead("/hang/{target:int}.html", (HttpContext c, int target) => Task.Delay(Timeout.Infinite, c.RequestAborted));
                await outside.StartAsync(ct);
                outsideHosts.Add(outside);
            }

            var origins = outsideHosts.Select(h => LoopbackHost.AsBaseUri(LoopbackHost.AddressFor(h, Uri.UriSchemeHttp))).ToList();
            for (var target = 0; target < slow.SlowTargets; target++)
            {
                outsideLinks.Add(new Uri(origins[slow.HostOf(target)], SlowTargetPlan.SlowPath(target)).AbsoluteUri);
            }

            for (var target = 0; target < slow.HangingTargets; target++)
            {
                var url = new Uri(origins[slow.HostOf(slow.SlowTargets + target)], SlowTargetPlan.HangingPath(target)).AbsoluteUri;
                outsideLinks.Add(url);
                hangingUrls.Add(url);
            }
        }

        var site = new GeneratedSite(pages, linksPerPage, seed, outsideLinks);
        var app = LoopbackHost.CreateBuilder(kestrel => LoopbackHost.ListenHttp(kestrel, port)).Build();
        var logo = EmbeddedContent.Find("/images/logo.png")!;

        app.MapGetAndHead("/", (HttpContext c) => SiteResponses.BytesAsync(c, site.Render(0), SiteResponses.HtmlUtf8));
        app.MapGetAndHead("/p/{page:int}.html", (HttpContext c, int page) => page > 0 && page < site.PageCount
            ? SiteResponses.BytesAsync(c, site.Render(page), SiteResponses.HtmlUtf8)
            : NotFound(c));
        app.MapGetAndHead("/img/{image:int}.png", (HttpContext c, int image) => image is >= 0 and < GeneratedSite.ImagePoolSize
            ? SiteResponses.BytesAsync(c, logo, "image/png")
            : NotFound(c));
        app.MapFallback(NotFound);

        await app.StartAsync(ct);
        return new GeneratedSiteServer(app, outsideHosts, site, LoopbackHost.AsBaseUri(LoopbackHost.AddressFor(app, Uri.UriSchemeHttp)), hangingUrls);
    }

    private static byte[] SlowPage(int target) => Encoding.UTF8.GetBytes(string.Create(
        CultureInfo.InvariantCulture,
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>相关单位网站{target}</title></head><body><h1>相关单位网站{target}</h1></body></html>"));

    private static Task NotFound(HttpContext context) =>
        SiteResponses.BytesAsync(context, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404 页面未找到</title></head><body><p>页面不存在。</p></body></html>"u8.ToArray(), SiteResponses.HtmlUtf8, StatusCodes.Status404NotFound);

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _outsideHosts.Prepend(_app))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
