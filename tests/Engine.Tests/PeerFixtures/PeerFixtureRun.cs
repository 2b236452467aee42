using System.Net;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;

namespace ComplianceFns.Engine.Tests.PeerFixtures;

/// <summary>
/// One fixture site and the local servers standing in for the peer's mock hosts, inspected as a site: the mock hosts
/// resolve to 127.0.0.1 (no name leaves the process) and are allowed past the address guard, nothing else is.
/// </summary>
internal sealed class PeerFixtureRun : IAsyncDisposable
{
    private readonly List<LoopbackHttpServer> _mocks;
    private readonly Dictionary<string, LoopbackHttpServer> _byHost;

    private PeerFixtureRun(PeerFixtureSite site, List<LoopbackHttpServer> mocks, Dictionary<string, LoopbackHttpServer> byHost)
    {
        Site = site;
        _mocks = mocks;
        _byHost = byHost;
    }

    public PeerFixtureSite Site { get; }

    /// <summary>The stand-in for a mock host, to count what it was asked.</summary>
    public LoopbackHttpServer Mock(string host) => _byHost[host];

    /// <param name="folder">The fixture folder under PeerFixtures.</param>
    /// <param name="mocks">Mock host → its routes; a host with no routes answers 404 to everything.</param>
    /// <param name="extra">Routes of the fixture site tried before its files.</param>
    public static async Task<PeerFixtureRun> StartAsync(string folder, Dictionary<string, Action<WebApplication>>? mocks = null, Action<WebApplication>? extra = null)
    {
        var servers = new List<LoopbackHttpServer>();
        var byHost = new Dictionary<string, LoopbackHttpServer>(StringComparer.OrdinalIgnoreCase);
        var origins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (host, map) in mocks ?? [])
        {
            var server = await LoopbackHttpServer.StartAsync(map);
            servers.Add(server);
            byHost[host] = server;
            var local = $"http://{host}:{server.BaseUri.Port}";
            origins[$"http://{host}"] = local;
            origins[$"https://{host}"] = local;
        }

        return new PeerFixtureRun(await PeerFixtureSite.StartAsync(folder, origins, extra), servers, byHost);
    }

    /// <summary>The stood-in URL of a mock host's path, as it appears in findings.</summary>
    public string MockUrl(string host, string path) => $"http://{host}:{_byHost[host].BaseUri.Port}{path}";

    /// <summary>Inspects the fixture site from these pages; "localhost" resolves to loopback too, but is not allowed.</summary>
    public async Task<InspectionResult> InspectAsync(params string[] startPaths)
    {
        var addresses = _byHost.Keys.ToDictionary(h => h, _ => IPAddress.Loopback, StringComparer.OrdinalIgnoreCase);
        addresses.TryAdd("localhost", IPAddress.Loopback);
        var site = new SiteOptions
        {
            Id = "peer-fixture",
            StartUrls = [.. startPaths.Select(p => Site.Url(p).AbsoluteUri)],
            AllowPrivateHosts = [.. _byHost.Keys],
            IgnoreRobotsTxt = true,
        };
        // Short timeouts, but the production size caps: the picture fixture's page is 1.3 MB of inline images.
        var options = FetchKit.FastOptions();
        var production = new CrawlOptions();
        options.MaxBodyBytes = production.MaxBodyBytes;
        options.MaxDecompressedBytes = production.MaxDecompressedBytes;
        return await new SiteInspector(options, new MapResolver(addresses), TimeProvider.System).InspectAsync(site, null, CancellationToken.None);
    }

    /// <summary>Exactly these findings (rule, and how the target URL ends), in any order.</summary>
    public static void AssertFindings(InspectionResult result, params (string RuleId, string TargetEnd)[] expected)
    {
        var left = result.Findings.ToList();
        foreach (var (ruleId, targetEnd) in expected)
        {
            var match = left.FindIndex(f => f.RuleId == ruleId && (f.TargetUrl ?? f.EvidenceValue("href") ?? string.Empty).EndsWith(targetEnd, StringComparison.Ordinal));
            Assert.True(match >= 0, $"No {ruleId} for …{targetEnd}. Findings:\n{Describe(result)}");
            left.RemoveAt(match);
        }

        Assert.True(left.Count == 0, $"Unexpected findings:\n{Describe(result)}");
    }

    /// <summary>Every finding as "rule target", for assertion messages.</summary>
    public static string Describe(InspectionResult result) =>
        string.Join("\n", result.Findings.Select(f => $"{f.RuleId} {f.TargetUrl} | {f.Message}"));

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        foreach (var mock in _mocks)
        {
            await mock.DisposeAsync();
        }
    }
}
