using System.Net;

namespace ComplianceFns.SampleSite.Tests;

/// <summary>One running sample site per test class (classes run in parallel and some endpoints keep state).</summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public SampleSiteServer Server { get; private set; } = null!;

    /// <summary>Sees every status and hop as sent: no redirects followed, no decompression.</summary>
    public HttpClient Raw { get; } = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    public Uri Url(string path) => new(Server.BaseUri, path);

    public async Task InitializeAsync() => Server = await SampleSiteServer.StartAsync();

    public async Task DisposeAsync()
    {
        Raw.Dispose();
        await Server.DisposeAsync();
    }
}
