using System.Text.RegularExpressions;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Reporting;

/// <summary>GET /api/report[?site=id]: the current findings report page, behind a function key; sites by their configured names.</summary>
public sealed partial class FindingsReportFunction(IFindingStore store, TimeProvider time, IOptions<SitesOptions> sites)
{
    public const string Name = "FindingsReport";

    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "report")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? site = request.Query["site"];
        if (string.IsNullOrWhiteSpace(site))
        {
            site = null;
        }
        else if (!SiteId().IsMatch(site))
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = "参数 site 不是有效的站点标识（字母、数字、'.'、'_' 或 '-'，最多 63 个字符）。",
            };
        }

        var names = ReportDataLoader.SiteNamesOf(sites.Value.Sites);
        var data = await ReportDataLoader.LoadAsync(store, site, time.GetUtcNow(), names, cancellationToken).ConfigureAwait(false);
        request.HttpContext.Response.Headers.ContentSecurityPolicy = HtmlReportRenderer.ContentSecurityPolicy;
        return new ContentResult
        {
            StatusCode = StatusCodes.Status200OK,
            ContentType = "text/html; charset=utf-8",
            Content = HtmlReportRenderer.Render(data),
        };
    }

    // The same rule as SiteOptions.Id.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex SiteId();
}
