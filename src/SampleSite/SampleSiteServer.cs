using System.Net;
using System.Text;
using ComplianceFns.SampleSite.Defects;
using ComplianceFns.SampleSite.Endpoints;
using ComplianceFns.SampleSite.Hosting;
using ComplianceFns.SampleSite.Manifest;
using ComplianceFns.SampleSite.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace ComplianceFns.SampleSite;

/// <summary>
/// The sample 政务公开 site on 127.0.0.1 with one planted defect of every link class, healthy tricky cases and
/// crawler traps (see <see cref="SampleSiteManifest"/>). Also owns an HTTPS listener with an untrusted certificate
/// and a closed port, for the network-level defects.
/// </summary>
public sealed class SampleSiteServer : IAsyncDisposable
{
    public const string SampleSiteId = "sample-gov";
    public const string SiteName = "某某县人民政府";

    private readonly WebApplication _app;
    private readonly SiteState _state;

    private SampleSiteServer(WebApplication app, SiteState state)
    {
        _app = app;
        _state = state;
    }

    /// <summary>e.g. http://127.0.0.1:40123/</summary>
    public Uri BaseUri => _state.Addresses.BaseUri;

    public string SiteId => SampleSiteId;

    /// <summary>The home page, where an inspection starts.</summary>
    public Uri StartUrl => BaseUri;

    /// <summary>The HTTPS listener whose self-signed certificate no client trusts.</summary>
    public Uri TlsBaseUri => _state.Addresses.TlsBaseUri;

    /// <summary>A loopback port with no listener (connection refused).</summary>
    public int RefusedPort => _state.Addresses.RefusedPort;

    public static async Task<SampleSiteServer> StartAsync(SampleSiteOptions? options = null, CancellationToken ct = default)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        options ??= new SampleSiteOptions();
        var refusedPort = ClosedPort.Reserve();
        var certificate = SelfSignedCertificate.Create();
        var builder = LoopbackHost.CreateBuilder(kestrel =>
        {
            LoopbackHost.ListenHttp(kestrel, options.Port);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate }));
        });
        var app = builder.Build();
        var state = new SiteState(options);

        app.Use((context, next) => ThrottlingMiddleware.InvokeAsync(context, state, () => next(context)));
        app.Use((context, next) => HealingMiddleware.InvokeAsync(context, state, () => next(context)));
        DefectEndpoints.Map(app, state);
        HealthyEndpoints.Map(app, state);
        TrapEndpoints.Map(app, state);
        AttachmentEndpoints.Map(app, state);
        ContentEndpoints.Map(app, state);

        await app.StartAsync(ct);
        var addresses = new SiteAddresses(
            LoopbackHost.AsBaseUri(LoopbackHost.AddressFor(app, Uri.UriSchemeHttp)),
            LoopbackHost.AsBaseUri(LoopbackHost.AddressFor(app, Uri.UriSchemeHttps)),
            refusedPort);
        state.Start(addresses, app.Lifetime.ApplicationStopping);
        return new SampleSiteServer(app, state);
    }

    /// <summary>
    /// Repairs a planted defect: every defect of a rule id (e.g. <c>link.http-404</c>, which also covers the footer
    /// and attachment links) or one defect by its <see cref="ExpectedDefect.Key"/>. A target on this site then serves a
    /// proper page; a link to an outside target is rewritten to a working page.
    /// </summary>
    /// <exception cref="ArgumentException">No planted defect has that rule id or key.</exception>
    public void Fix(string ruleId) => _state.Switches.Fix(ruleId);

    /// <summary>Undoes <see cref="Fix"/>.</summary>
    public void Break(string ruleId) => _state.Switches.Break(ruleId);

    /// <summary>Answers every request but the home page and robots.txt with 429, as a rate-limiting site does; false ends it.</summary>
    public void Throttle(bool on) => _state.Throttled = on;

    /// <summary>Lists the missing annual report in its column, so the P-EXISTS finding for its year is fixed.</summary>
    public void PublishMissingAnnualReport() => _state.MissingReportPublished = true;

    /// <summary>The manifest for this running instance.</summary>
    public IReadOnlyList<ExpectedDefect> ExpectedDefects() =>
        SampleSiteManifest.ExpectedDefects(BaseUri, TlsBaseUri, RefusedPort);

    /// <summary>The pages of this instance an inspection cannot read, each one finding (see <see cref="SampleSiteManifest.UnreadablePagePaths"/>).</summary>
    public IReadOnlyList<ExpectedDefect> ExpectedUnreadablePages() => SampleSiteManifest.ExpectedUnreadablePages(BaseUri);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
