using System.Globalization;
using System.Text;
using ComplianceFns.SampleSite.Hosting;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>
/// Targets that fail on purpose. Plain 404 targets need no endpoint: the content fallback answers 404 for them.
/// </summary>
internal static class DefectEndpoints
{
    /// <summary>Hops of the too-many-redirects chain; any sane hop limit is lower.</summary>
    public const int RedirectChainLength = 30;

    /// <summary>The status some sites answer automated visitors with (a bot wall); HTTP defines none above 599.</summary>
    public const int NonStandardStatus = 999;

    public static void Map(WebApplication app, SiteState state)
    {
        app.MapGetAndHead("/gone", (HttpContext c) =>
            SiteResponses.PageAsync(c, state, "页面已删除", PageLayout.Paragraph("该征求意见稿已撤回。"), StatusCodes.Status410Gone));
        app.MapGetAndHead("/forbidden", (HttpContext c) =>
            SiteResponses.PageAsync(c, state, "403 禁止访问", PageLayout.Paragraph("您无权访问该系统。"), StatusCodes.Status403Forbidden));
        app.MapGetAndHead("/server-error", (HttpContext c) =>
            SiteResponses.PageAsync(c, state, "500 服务器内部错误", PageLayout.Paragraph("服务器内部错误，请稍后再试。"), StatusCodes.Status500InternalServerError));
        app.MapGetAndHead("/not-modified", (HttpContext c) => NotModified(c));
        app.MapGetAndHead("/status-999", (HttpContext c) =>
            SiteResponses.PageAsync(c, state, "访问受限", PageLayout.Paragraph("检测到异常访问，请稍后再试。"), NonStandardStatus));
        app.MapGetAndHead("/slow", (HttpContext c) => SlowAsync(c, state));
        app.MapGetAndHead("/trickle", (HttpContext c) => TrickleAsync(c, state));
        app.MapGetAndHead("/reset", (HttpContext c) => c.Abort());
        app.MapGetAndHead("/soft-404.html", (HttpContext c) => SiteResponses.HtmlAsync(c, state, PageLayout.Page(
            "页面不存在", PageLayout.Paragraph("对不起，您访问的页面不存在或已被删除。") + PageLayout.Link("/", "返回首页"), exactTitle: true)));

        app.MapGetAndHead("/redirect/loop-a", () => Results.Redirect("/redirect/loop-b"));
        app.MapGetAndHead("/redirect/loop-b", () => Results.Redirect("/redirect/loop-a"));
        app.MapGetAndHead("/redirect/chain/{hop:int}", (int hop) => hop < RedirectChainLength
            ? Results.Redirect(string.Create(CultureInfo.InvariantCulture, $"/redirect/chain/{hop + 1}"))
            : Results.Redirect("/zcwj/index.html"));
        app.MapGetAndHead("/redirect/to-missing", () => Results.Redirect("/redirect/missing-target.html"));
    }

    /// <summary>
    /// A misconfigured cache: 304 Not Modified although the request named no cached copy (no If-None-Match or
    /// If-Modified-Since), so a reader's first visit gets no body at all.
    /// </summary>
    private static void NotModified(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        context.Response.Headers.ETag = "\"6650a1c3-2f1b\"";
        context.Response.Headers.LastModified = "Thu, 30 May 2024 03:00:00 GMT";
    }

    /// <summary>Answers only after the delay, unless the client gives up first (as it should).</summary>
    private static async Task SlowAsync(HttpContext context, SiteState state)
    {
        using var cancel = SiteResponses.RequestOrShutdown(context, state);
        try
        {
            await Task.Delay(state.Options.SlowResponseDelay, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // The client left or the site is stopping: drop the connection, never answer an empty 200.
            context.Abort();
            return;
        }
        await SiteResponses.PageAsync(context, state, "企业开办一网通办平台", PageLayout.Paragraph("系统繁忙。"));
    }

    /// <summary>Sends headers at once, then one byte per interval: each read makes progress, the whole never arrives in time.</summary>
    private static async Task TrickleAsync(HttpContext context, SiteState state)
    {
        var options = state.Options;
        var byteCount = Math.Max(1, (int)(options.TrickleDuration / options.TrickleInterval));
        var body = Encoding.ASCII.GetBytes(new string(' ', byteCount));
        context.Response.ContentType = SiteResponses.HtmlUtf8;
        context.Response.ContentLength = body.Length;
        using var cancel = SiteResponses.RequestOrShutdown(context, state);
        await SiteResponses.IgnoringDisconnect(async () =>
        {
            await context.Response.StartAsync(cancel.Token);
            await context.Response.Body.FlushAsync(cancel.Token);
            if (HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }
            for (var i = 0; i < body.Length; i++)
            {
                await Task.Delay(options.TrickleInterval, cancel.Token);
                await context.Response.Body.WriteAsync(body.AsMemory(i, 1), cancel.Token);
                await context.Response.Body.FlushAsync(cancel.Token);
            }
        });
        if (cancel.IsCancellationRequested)
        {
            // Stopped mid-body: drop the connection so the client sees the cut, not a response that merely ended.
            context.Abort();
        }
    }
}
