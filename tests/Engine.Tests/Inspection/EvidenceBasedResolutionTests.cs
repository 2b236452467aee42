using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using ComplianceFns.TestSupport.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>
/// A finding is resolved only when a run judged its target (or page) again and found it healthy. Runs that were
/// throttled, short of budget or short-circuited leave open findings exactly as they were, and say how many.
/// Real loopback servers, real Azurite.
/// </summary>
public sealed class EvidenceBasedResolutionTests : IAsyncLifetime
{
    private readonly string _prefix = AzuriteStorage.NewTablePrefix();
    private TableFindingStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new TableFindingStore(AzuriteStorage.CreateTableServiceClient(), new StorageOptions { TablePrefix = _prefix });
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => AzuriteStorage.DeleteTablesWithPrefixAsync(_prefix);

    public enum TargetMode
    {
        Broken,
        TooManyRequests,
        LongRetryAfter,
        Fixed,
    }

    [Theory]
    [InlineData(TargetMode.TooManyRequests)]
    [InlineData(TargetMode.LongRetryAfter)]
    public async Task Broken_then_throttled_then_broken_keeps_both_findings_open_without_resolving_or_reopening(TargetMode throttle)
    {
        var mode = TargetMode.Broken;
        await using var site = await TwoDefectSite(() => mode);
        var runner = Runner();
        var options = Site(site.BaseUri);

        var first = await runner.RunAsync(options, "test", null, CancellationToken.None);
        Assert.Equal(2, first.Merge.New);
        var before = await OpenFindingsAsync(options.Id);

        mode = throttle;
        var throttled = await runner.RunAsync(options, "test", null, CancellationToken.None);

        Assert.Empty(throttled.Result.Findings);
        Assert.Equal(0, throttled.Merge.Resolved);
        Assert.Equal(2, throttled.Merge.Unverified);
        Assert.Equal(2, throttled.Run.UnverifiedFindings);
        Assert.Contains(throttled.Run.Errors, e => e.Contains("限流", StringComparison.Ordinal) && e.Contains("原有问题保持未整改", StringComparison.Ordinal));
        var during = await OpenFindingsAsync(options.Id);
        Assert.Equal(before.Select(f => (f.Fingerprint, f.LastSeen, f.Status)), during.Select(f => (f.Fingerprint, f.LastSeen, f.Status)));

        mode = TargetMode.Broken;
        var third = await runner.RunAsync(options, "test", null, CancellationToken.None);

        Assert.Equal(0, third.Merge.Reopened);
        Assert.Equal(0, third.Merge.New);
        Assert.Equal(0, third.Merge.Resolved);
        Assert.Equal(2, third.Merge.StillOpen);
        var all = await _store.GetFindingsAsync(options.Id, null, CancellationToken.None);
        Assert.All(all, f => Assert.Equal(FindingStatus.Open, f.Status));
        Assert.All(all, f => Assert.Null(f.ResolvedAt));
        Assert.All(all, f => Assert.Equal(first.Result.StartedAt, f.FirstSeen));
    }

    [Fact]
    public async Task Broken_then_fixed_resolves_both_findings()
    {
        var mode = TargetMode.Broken;
        await using var site = await TwoDefectSite(() => mode);
        var runner = Runner();
        var options = Site(site.BaseUri);
        var first = await runner.RunAsync(options, "test", null, CancellationToken.None);

        mode = TargetMode.Fixed;
        var fixedRun = await runner.RunAsync(options, "test", null, CancellationToken.None);

        Assert.Equal(first.Result.Findings.Select(f => f.Fingerprint).Order(), fixedRun.Merge.ResolvedFingerprints.Order());
        Assert.Equal(0, fixedRun.Merge.Unverified);
        var all = await _store.GetFindingsAsync(options.Id, null, CancellationToken.None);
        Assert.All(all, f => Assert.Equal(fixedRun.Result.StartedAt, f.ResolvedAt));
    }

    [Fact]
    public async Task A_target_over_the_target_cap_keeps_its_finding_open()
    {
        var capped = false;
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            // With the cap on, the missing page is listed after three healthy targets and is never requested.
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, capped
                ? "<title>首页</title><a href='/a.html'>一</a><a href='/b.html'>二</a><a href='/c.html'>三</a><a href='/missing.html'>通知公告</a>"
                : "<title>首页</title><a href='/missing.html'>通知公告</a>"));
            app.MapGet("/{name}.html", (HttpContext c, string name) => name == "missing"
                ? Results.NotFound()
                : Results.Content($"<title>{name}</title>", "text/html; charset=utf-8"));
        });
        var options = Site(site.BaseUri, maxPages: 1);
        await Runner().RunAsync(options, "test", null, CancellationToken.None);

        capped = true;
        var crawl = FetchKit.FastOptions();
        crawl.MaxTargets = 3; // the three healthy pages come first
        var second = await new InspectionRunner(new SiteInspector(crawl, new SystemHostResolver(), TimeProvider.System), _store)
            .RunAsync(options, "test", null, CancellationToken.None);

        Assert.Equal(0, site.CountOf("GET", "/missing.html") - 1); // requested by the first run only
        Assert.Equal(0, second.Merge.Resolved);
        Assert.Equal(1, second.Merge.Unverified);
        Assert.Single(await OpenFindingsAsync(options.Id));
    }

    [Fact]
    public async Task Targets_answered_by_the_host_circuit_breaker_are_not_evidence_for_earlier_findings()
    {
        var dead = false;
        await using var cdn = await LoopbackHttpServer.StartAsync(app => app.MapGet("/{name}.png", async (HttpContext c, string name) =>
        {
            if (dead)
            {
                c.Abort(); // a dropped connection: the breaker opens after a few of these
                return;
            }

            c.Response.StatusCode = name == "gone" ? 404 : 200;
            c.Response.ContentType = "image/png";
            await c.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        }));
        var images = string.Concat(Enumerable.Range(1, 8).Select(i => $"<img src='{cdn.BaseUri}ok{i}.png' alt='图{i}'>"));
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
            $"<title>首页</title>{images}<img src='{cdn.BaseUri}gone.png' alt='徽标'>")));
        var options = new SiteOptions { Id = "breaker", StartUrls = [site.BaseUri.AbsoluteUri] };
        var crawl = FetchKit.FastOptions();
        crawl.TotalConcurrency = 1;
        crawl.PerHostConcurrency = 1;
        var runner = new InspectionRunner(new SiteInspector(crawl, new SystemHostResolver(), TimeProvider.System), _store);
        var first = await runner.RunAsync(options, "test", null, CancellationToken.None);
        var gone = Assert.Single(first.Result.Findings);
        Assert.Equal(LinkRules.BrokenImage.Id, gone.RuleId);

        dead = true;
        var second = await runner.RunAsync(options, "test", null, CancellationToken.None);

        Assert.Contains(gone.TargetUrl!, second.Result.UnverifiedTargets);
        Assert.Equal(0, second.Merge.Resolved);
        var stored = Assert.Single(await _store.GetFindingsAsync(options.Id, null, CancellationToken.None), f => f.Fingerprint == gone.Fingerprint);
        Assert.Equal(FindingStatus.Open, stored.Status);
    }

    private InspectionRunner Runner() => new(new SiteInspector(Options(), new SystemHostResolver(), TimeProvider.System), _store);

    private static CrawlOptions Options()
    {
        var options = FetchKit.FastOptions();
        options.MaxRetries = 1;
        return options;
    }

    private static SiteOptions Site(Uri start, int? maxPages = null) => new() { Id = "throttled-site", StartUrls = [start.AbsoluteUri], MaxPages = maxPages };

    private async Task<List<Finding>> OpenFindingsAsync(string siteId) =>
        (await _store.GetFindingsAsync(siteId, FindingStatus.Open, CancellationToken.None)).OrderBy(f => f.Fingerprint, StringComparer.Ordinal).ToList();

    /// <summary>A page with a broken link and a broken image, whose targets answer as <paramref name="mode"/> says.</summary>
    private static Task<LoopbackHttpServer> TwoDefectSite(Func<TargetMode> mode) => LoopbackHttpServer.StartAsync(app =>
    {
        app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
            "<title>首页</title><a href='/notice.html'>通知公告</a><img src='/banner.png' alt='横幅'>"));
        app.MapGet("/notice.html", (HttpContext c) => Answer(c, mode(), "text/html; charset=utf-8", "<title>通知公告</title>"u8.ToArray()));
        app.MapMethods("/banner.png", ["GET", "HEAD"], (HttpContext c) => Answer(c, mode(), "image/png", [0x89, 0x50, 0x4E, 0x47]));
    });

    private static async Task Answer(HttpContext context, TargetMode mode, string contentType, byte[] body)
    {
        switch (mode)
        {
            case TargetMode.Broken:
                context.Response.StatusCode = 404;
                return;
            case TargetMode.TooManyRequests:
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "0";
                return;
            case TargetMode.LongRetryAfter:
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "3600";
                return;
            default:
                context.Response.ContentType = contentType;
                await context.Response.Body.WriteAsync(body);
                return;
        }
    }
}
