using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ComplianceFns.SampleSite.Hosting;

internal static class EndpointRouteExtensions
{
    private static readonly string[] GetAndHead = ["GET", "HEAD"];

    /// <summary>MapGet alone answers HEAD with 405; a real site answers both.</summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, GetAndHead, handler);
}
