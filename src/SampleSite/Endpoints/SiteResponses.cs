using System.Text;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>Writes the site's HTML and handles clients that leave mid-response.</summary>
internal static class SiteResponses
{
    public const string HtmlUtf8 = "text/html; charset=utf-8";

    /// <summary>Renders markers and sends the page as UTF-8.</summary>
    public static Task HtmlAsync(HttpContext context, SiteState state, string html, int status = StatusCodes.Status200OK)
    {
        var bytes = Encoding.UTF8.GetBytes(state.Render(html));
        return BytesAsync(context, bytes, HtmlUtf8, status);
    }

    public static Task PageAsync(HttpContext context, SiteState state, string title, string bodyHtml, int status = StatusCodes.Status200OK) =>
        HtmlAsync(context, state, PageLayout.Page(title, bodyHtml), status);

    public static Task NotFoundAsync(HttpContext context, SiteState state) =>
        HtmlAsync(context, state, PageLayout.Page("404 页面未找到", PageLayout.Paragraph("您访问的页面不存在，请检查网址是否正确。"), exactTitle: true), StatusCodes.Status404NotFound);

    public static async Task BytesAsync(HttpContext context, byte[] bytes, string contentType, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await IgnoringDisconnect(() => context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask());
        }
    }

    /// <summary>A client that hangs up (timeouts, bounded readers) is expected here, not an error worth a log line.</summary>
    public static async Task IgnoringDisconnect(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }
    }

    /// <summary>Cancelled when the client leaves or the site stops, so slow handlers never hold up shutdown.</summary>
    public static CancellationTokenSource RequestOrShutdown(HttpContext context, SiteState state) =>
        CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, state.Stopping);
}
