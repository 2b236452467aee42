using Microsoft.AspNetCore.Http;

namespace ComplianceFns.SampleSite.Endpoints;

/// <summary>While the site is throttled, it lets the home page through and asks for everything else to slow down.</summary>
internal static class ThrottlingMiddleware
{
    public static Task InvokeAsync(HttpContext context, SiteState state, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!state.Throttled || path is "/" or "/robots.txt")
        {
            return next();
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "0";
        return Task.CompletedTask;
    }
}
