using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.SampleSite.Hosting;

/// <summary>Shared Kestrel set-up for the sample servers: loopback only, quiet, quick to stop.</summary>
internal static class LoopbackHost
{
    /// <summary>Long-running handlers (timeouts, trickles) watch ApplicationStopping, so a short grace period suffices.</summary>
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(3);

    public static WebApplicationBuilder CreateBuilder(Action<KestrelServerOptions> listen)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(LoopbackHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownGrace);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            listen(kestrel);
        });
        return builder;
    }

    public static void ListenHttp(KestrelServerOptions kestrel, int? port) =>
        kestrel.Listen(IPAddress.Loopback, port ?? 0);

    /// <summary>The bound addresses after start, e.g. http://127.0.0.1:40123 (ports resolved from 0).</summary>
    public static IReadOnlyList<Uri> BoundAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        return addresses.Select(a => new Uri(a)).ToList();
    }

    public static Uri AddressFor(WebApplication app, string scheme) =>
        BoundAddresses(app).FirstOrDefault(a => a.Scheme == scheme)
        ?? throw new InvalidOperationException($"No {scheme} listener is bound.");

    /// <summary>A base URI with a trailing slash, the form every relative URL is resolved against.</summary>
    public static Uri AsBaseUri(Uri origin) => new($"{origin.Scheme}://{origin.Authority}/");
}
