using System.Text;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>Serves the embedded static site; anything else is a 404 page.</summary>
internal static class ContentEndpoints
{
    /// <summary>Charset declared only in the HTTP header (no meta tag in the page).</summary>
    public const string GbkHeaderPagePath = "/legacy/2015/t20150610_88.html";

    /// <summary>Charset declared only by <c>&lt;meta charset="gbk"&gt;</c>; the header has none.</summary>
    public const string GbkMetaPagePath = "/legacy/2016/t20160308_93.html";

    /// <summary>An explicit catch-all: the default fallback pattern skips paths that look like files (*.html).</summary>
    public static void Map(WebApplication app, SiteState state) =>
        app.MapFallback("/{**path}", (HttpContext c) => ServeAsync(c, state));

    private static Task ServeAsync(HttpContext context, SiteState state)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        var path = context.Request.Path.Value is { Length: > 0 } p ? p : "/";
        if (path.EndsWith('/'))
        {
            path += "index.html";
        }
        var unpublished = path == Manifest.SampleSiteManifest.MissingReportPath && !state.MissingReportPublished;
        if (unpublished || path.StartsWith("/_partials/", StringComparison.Ordinal) || EmbeddedContent.Find(path) is not { } bytes)
        {
            return SiteResponses.NotFoundAsync(context, state);
        }

        return path switch
        {
            GbkHeaderPagePath => SiteResponses.BytesAsync(context, Gbk(state, bytes), "text/html; charset=gb2312"),
            GbkMetaPagePath => SiteResponses.BytesAsync(context, Gbk(state, bytes), "text/html"),
            _ when path.EndsWith(".html", StringComparison.Ordinal) => SiteResponses.HtmlAsync(context, state, Encoding.UTF8.GetString(bytes)),
            _ => SiteResponses.BytesAsync(context, bytes, ContentType(path)),
        };
    }

    /// <summary>Legacy pages are kept as UTF-8 in the repository and served in GBK, as old CMSes did.</summary>
    private static byte[] Gbk(SiteState state, byte[] utf8) =>
        Encoding.GetEncoding("GBK").GetBytes(state.Render(Encoding.UTF8.GetString(utf8)));

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".png" => "image/png",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
