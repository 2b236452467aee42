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
    private readonly GeneratedSite _site;

    private GeneratedSiteServer(WebApplication app, GeneratedSite site, Uri baseUri)
    {
        _app = app;
        _site = site;
        BaseUri = baseUri;
        PageUrls = Enumerable.Range(0, site.PageCount).Select(i => new Uri(baseUri, GeneratedSite.PagePath(i)).AbsoluteUri).ToList();
        BrokenLinks = site.BrokenTargets
            .OrderBy(b => b.Key)
            .Select(b => new GeneratedBrokenLink(PageUrls[b.Key], new Uri(baseUri, b.Value).AbsoluteUri))
            .ToList();
    }

    public Uri BaseUri { get; }

    public Uri StartUrl => BaseUri;

    public int PageCount => _site.PageCount;

    /// <summary>Every page, "/" first; all are reachable from it.</summary>
    public IReadOnlyList<string> PageUrls { get; }

    /// <summary>The only broken links on the site (images and page links are otherwise all healthy).</summary>
    public IReadOnlyList<GeneratedBrokenLink> BrokenLinks { get; }

    /// <param name="pages">Number of HTML pages (about 8 KB each).</param>
    /// <param name="linksPerPage">Page links on each page (fewer on tiny sites), besides 3 images.</param>
    /// <param name="seed">Same seed, same site.</param>
    /// <param name="port">The port on 127.0.0.1; null picks a free one.</param>
    public static async Task<GeneratedSiteServer> StartAsync(int pages, int linksPerPage, int seed, int? port = null, CancellationToken ct = default)
    {
        var site = new GeneratedSite(pages, linksPerPage, seed);
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
        return new GeneratedSiteServer(app, site, LoopbackHost.AsBaseUri(LoopbackHost.AddressFor(app, Uri.UriSchemeHttp)));
    }

    private static Task NotFound(HttpContext context) =>
        SiteResponses.BytesAsync(context, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404 页面未找到</title></head><body><p>页面不存在。</p></body></html>"u8.ToArray(), SiteResponses.HtmlUtf8, StatusCodes.Status404NotFound);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
