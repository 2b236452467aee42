using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.TestSupport.Http;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, for one test's handlers. Records every request it saw
/// (method and path), so a test can prove that something was, or was never, requested.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHttpServer(WebApplication app, Uri baseUri, ConcurrentQueue<string> requests)
    {
        _app = app;
        BaseUri = baseUri;
        Requests = requests;
    }

    public Uri BaseUri { get; }

    /// <summary>"METHOD /path?query" of every request, in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public int CountOf(string method, string pathAndQuery) => Requests.Count(r => r == $"{method} {pathAndQuery}");

    public static async Task<LoopbackHttpServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var requests = new ConcurrentQueue<string>();
        app.Use(async (context, next) =>
        {
            requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackHttpServer(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"), requests);
    }

    /// <summary>Writes an HTML page with the given charset.</summary>
    public static Task Html(HttpContext context, string html, string charset = "utf-8")
    {
        context.Response.ContentType = $"text/html; charset={charset}";
        var encoding = System.Text.Encoding.GetEncoding(charset);
        return context.Response.Body.WriteAsync(encoding.GetBytes(html)).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
