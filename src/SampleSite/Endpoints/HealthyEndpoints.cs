using System.IO.Compression;
using System.Text;
using ComplianceFns.SampleSite.Hosting;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>Targets that look troublesome but work for a careful client; none may be reported.</summary>
internal static class HealthyEndpoints
{
    public static void Map(WebApplication app, SiteState state)
    {
        // Servers that reject HEAD: a checker must fall back to GET before calling the link broken.
        app.MapMethods("/healthy/head-405", ["HEAD"], (HttpContext c) =>
        {
            c.Response.Headers.Allow = "GET";
            c.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        });
        app.MapGet("/healthy/head-405", (HttpContext c) => ServicePage(c, state, "水电气报装服务"));
        app.MapMethods("/healthy/head-403", ["HEAD"], (HttpContext c) => c.Response.StatusCode = StatusCodes.Status403Forbidden);
        app.MapGet("/healthy/head-403", (HttpContext c) => ServicePage(c, state, "公共资源交易公告"));

        // Transient refusals: one retry (after Retry-After for 429) succeeds.
        app.MapGetAndHead("/healthy/rate-limited", (HttpContext c) =>
        {
            if (state.FirstRateLimitedRequest())
            {
                c.Response.Headers.RetryAfter = "1";
                return SiteResponses.PageAsync(c, state, "请求过于频繁", PageLayout.Paragraph("请稍后再试。"), StatusCodes.Status429TooManyRequests);
            }
            return ServicePage(c, state, "预约挂号服务");
        });
        app.MapGetAndHead("/healthy/unavailable-once", (HttpContext c) => state.FirstUnavailableRequest()
            ? SiteResponses.PageAsync(c, state, "服务暂不可用", PageLayout.Paragraph("系统维护中，请稍后再试。"), StatusCodes.Status503ServiceUnavailable)
            : ServicePage(c, state, "公交线路查询"));

        app.MapGetAndHead("/healthy/gzip.html", (HttpContext c) => GzipPageAsync(c, state));

        // A correct chain: permanent, then temporary, then a page.
        app.MapGetAndHead("/redirect/moved-1", () => Results.Redirect("/redirect/moved-2", permanent: true));
        app.MapGetAndHead("/redirect/moved-2", () => Results.Redirect("/xxgk/zd/index.html"));
    }

    private static Task ServicePage(HttpContext context, SiteState state, string title) =>
        SiteResponses.PageAsync(context, state, title, PageLayout.Paragraph($"欢迎使用{title}。本服务由某某县政务服务和数据管理局提供。"));

    /// <summary>Compressed when the client accepts gzip (as crawlers and browsers do), plain otherwise.</summary>
    private static async Task GzipPageAsync(HttpContext context, SiteState state)
    {
        var html = state.Render(PageLayout.Page("办事指南汇总", PageLayout.Paragraph("本页面以gzip压缩方式传输。办事指南包括事项名称、设定依据、申请条件、办理材料、办理流程、办理时限和收费标准。")));
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.Headers.Vary = "Accept-Encoding";
        if (!context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            await SiteResponses.BytesAsync(context, bytes, SiteResponses.HtmlUtf8);
            return;
        }
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        context.Response.Headers.ContentEncoding = "gzip";
        await SiteResponses.BytesAsync(context, compressed.ToArray(), SiteResponses.HtmlUtf8);
    }
}
