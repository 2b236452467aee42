using System.Globalization;
using System.Text;
using ComplianceFns.SampleSite.Documents;
using ComplianceFns.SampleSite.Hosting;
using ComplianceFns.SampleSite.Manifest;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>Hostile pages: endless URL spaces and oversized bodies a crawler must bound.</summary>
internal static class TrapEndpoints
{
    public static void Map(WebApplication app, SiteState state)
    {
        app.MapGetAndHead("/calendar", (HttpContext c, int? year, int? month) => CalendarAsync(c, state, year ?? 2024, month ?? 6));
        app.MapGetAndHead("/search", (HttpContext c, int? page) => SearchAsync(c, state, Math.Max(1, page ?? 1)));
        app.MapGetAndHead("/news/{**rest}", (HttpContext c, string? rest) => NewsAsync(c, state, rest ?? string.Empty));

        var bigPage = new BigPage(state.Options.BigPageBytes);
        app.MapGetAndHead("/big-page.html", async (HttpContext c) =>
        {
            c.Response.ContentType = SiteResponses.HtmlUtf8;
            c.Response.ContentLength = bigPage.Length;
            if (!HttpMethods.IsHead(c.Request.Method))
            {
                await SiteResponses.IgnoringDisconnect(() => bigPage.WriteToAsync(c.Response.Body, c.RequestAborted));
            }
        });

        // A PDF whose download is complete but whose file stops after its first object: no reader can open it.
        app.MapGetAndHead(SampleSiteManifest.DamagedAttachmentPath, (HttpContext c) =>
        {
            var body = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [");
            return Results.Bytes(body, "application/pdf");
        });

        var bomb = new Lazy<GzipBomb>(() => new GzipBomb(state.Options.GzipBombInflatedBytes));
        app.MapGetAndHead("/gzip-bomb.html", async (HttpContext c) =>
        {
            // Sent compressed whatever the client asked: the point is a body that explodes when decoded.
            c.Response.ContentType = SiteResponses.HtmlUtf8;
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentLength = bomb.Value.CompressedLength;
            if (!HttpMethods.IsHead(c.Request.Method))
            {
                await SiteResponses.IgnoringDisconnect(() => bomb.Value.WriteToAsync(c.Response.Body, c.RequestAborted));
            }
        });
    }

    /// <summary>Every month links to the previous and the next one, forever.</summary>
    private static Task CalendarAsync(HttpContext context, SiteState state, int year, int month)
    {
        var current = new DateOnly(Math.Clamp(year, 1, 9998), Math.Clamp(month, 1, 12), 1);
        var previous = current.AddMonths(-1);
        var next = current.AddMonths(1);
        var body = new StringBuilder()
            .Append(PageLayout.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{current.Year}年{current.Month}月政务活动安排：本月暂无公开活动。")))
            .Append("<p>")
            .Append(PageLayout.Link(CalendarHref(previous), "上个月"))
            .Append(" | ")
            .Append(PageLayout.Link(CalendarHref(next), "下个月"))
            .Append("</p>");
        return SiteResponses.PageAsync(context, state, string.Create(CultureInfo.InvariantCulture, $"政务活动日历（{current.Year}年{current.Month}月）"), body.ToString());
    }

    public static string CalendarHref(DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"/calendar?year={month.Year}&month={month.Month}");

    /// <summary>Every result page links to the next one, whatever the number.</summary>
    private static Task SearchAsync(HttpContext context, SiteState state, int page)
    {
        var body = new StringBuilder()
            .Append(PageLayout.Paragraph(string.Create(CultureInfo.InvariantCulture, $"搜索结果第{page}页")))
            .Append("<ul><li>").Append(PageLayout.Link("/xxgk/zn/index.html", "某某县政府信息公开指南")).Append("</li></ul>")
            .Append("<p>")
            .Append(PageLayout.Link(string.Create(CultureInfo.InvariantCulture, $"/search?page={page + 1}"), "下一页"))
            .Append("</p>");
        return SiteResponses.PageAsync(context, state, "站内搜索", body.ToString());
    }

    /// <summary>A relative "news/" link that nests one level deeper on every page: /news/news/news/….</summary>
    private static Task NewsAsync(HttpContext context, SiteState state, string rest)
    {
        if (context.Request.Path == "/news")
        {
            context.Response.Redirect("/news/");
            return Task.CompletedTask;
        }
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s != "news") || (rest.Length > 0 && !rest.EndsWith('/')))
        {
            return SiteResponses.NotFoundAsync(context, state);
        }
        var body = PageLayout.Paragraph("新闻动态栏目。") + "<ul><li>" + PageLayout.Link("news/", "更多新闻") + "</li><li>"
            + PageLayout.Link("/tzgg/index.html", "通知公告") + "</li></ul>";
        return SiteResponses.PageAsync(context, state, "新闻动态", body);
    }
}
