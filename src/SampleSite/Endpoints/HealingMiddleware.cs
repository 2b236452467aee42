using ComplianceFns.SampleSite.Defects;
using ComplianceFns.SampleSite.Pages;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>Once a defect whose target is on this site is fixed, that target serves a proper page or resource.</summary>
internal static class HealingMiddleware
{
    /// <summary>The file-type box that opens an MP4 file: enough for a check that the video is there.</summary>
    private static readonly byte[] MinimalMp4 =
        [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isommp41"u8];

    public static async Task InvokeAsync(HttpContext context, SiteState state, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "/";
        var healed = DefectCatalog.All.FirstOrDefault(e =>
            state.Switches.IsFixed(e.Key) && string.Equals(e.HealablePath(state.Addresses), path, StringComparison.Ordinal));
        if (healed is null)
        {
            await next();
            return;
        }

        switch (Path.GetExtension(path))
        {
            case ".png":
                await SiteResponses.BytesAsync(context, EmbeddedContent.Find("/images/banner.png")!, "image/png");
                break;
            case ".js":
                await SiteResponses.BytesAsync(context, EmbeddedContent.Find("/js/site.js")!, "text/javascript; charset=utf-8");
                break;
            case ".mp4":
                await SiteResponses.BytesAsync(context, MinimalMp4, "video/mp4");
                break;
            case ".css":
                await SiteResponses.BytesAsync(context, EmbeddedContent.Find("/css/site.css")!, "text/css; charset=utf-8");
                break;
            default:
                await SiteResponses.PageAsync(context, state, healed.HealedTitle, PageLayout.Paragraph($"{healed.HealedTitle}（本页面已恢复访问）。"));
                break;
        }
    }
}
