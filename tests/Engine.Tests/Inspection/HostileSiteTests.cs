using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>Servers that misbehave in ways the sample site does not: each ends bounded, with findings kept.</summary>
public sealed class HostileSiteTests
{
    private static SiteInspector Inspector(CrawlOptions? options = null) => new(options ?? FetchKit.FastOptions(), new SystemHostResolver(), TimeProvider.System);

    private static SiteOptions Site(Uri start, int? maxPages = null) => new() { Id = "hostile", StartUrls = [start.AbsoluteUri], MaxPages = maxPages };

    [Theory]
    [InlineData("//a:99999/x")]
    [InlineData("//[::1/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task A_redirect_to_an_unusable_location_is_a_redirect_error_not_a_crash(string location)
    {
        await using var raw = new RawHttpServer(_ => $"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
            $"<title>首页</title><a href='{raw.BaseUri}page'>办事指南</a><img src='{raw.BaseUri}logo.png' alt='徽标'>")));

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var anchor = Assert.Single(result.Findings, f => f.TargetUrl!.EndsWith("/page", StringComparison.Ordinal));
        Assert.Equal(LinkRules.RedirectError.Id, anchor.RuleId);
        Assert.Contains("跳转", anchor.Message, StringComparison.Ordinal);
        var image = Assert.Single(result.Findings, f => f.TargetUrl!.EndsWith("/logo.png", StringComparison.Ordinal));
        Assert.Equal(LinkRules.BrokenImage.Id, image.RuleId);
        Assert.False(result.Cancelled);
    }

    [Fact]
    public async Task A_run_past_its_deadline_keeps_the_findings_it_made_and_resolves_nothing()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/missing.html'>通知公告</a><a href='/p/1'>栏目</a>"));
            app.MapGet("/p/{n:int}", async (HttpContext c, int n) =>
            {
                await Task.Delay(400, c.RequestAborted);
                await LoopbackHttpServer.Html(c, $"<title>栏目{n}</title><a href='/p/{n + 1}'>下一页</a><a href='/p/{n + 1000}'>另一页</a>");
            });
        });
        var options = FetchKit.FastOptions();
        options.MaxRunDuration = TimeSpan.FromSeconds(2);

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.True(result.Cancelled);
        Assert.Empty(result.RuleScopes);
        Assert.Contains(result.Findings, f => f.RuleId == LinkRules.Http404.Id && f.TargetUrl!.EndsWith("/missing.html", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("时限", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_and_trap_exclusions_hold_even_after_the_page_budget_is_spent()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /private/\n");
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>首页</title><a href='/private/x.html'>内部</a><a href='/news/news/news/x.html'>新闻</a><a href='/ok.html'>正常</a><img src='/private/logo.png'>"));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri, maxPages: 1), null, CancellationToken.None);

        Assert.Equal(0, site.CountOf("GET", "/private/x.html") + site.CountOf("HEAD", "/private/logo.png") + site.CountOf("GET", "/private/logo.png"));
        Assert.Equal(0, site.CountOf("GET", "/news/news/news/x.html"));
        Assert.DoesNotContain(result.Findings, f => f.TargetUrl!.Contains("/private/", StringComparison.Ordinal) || f.TargetUrl!.Contains("/news/news/", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.TargetUrl!.EndsWith("/ok.html", StringComparison.Ordinal)); // checked after the budget, and missing
    }

    [Fact]
    public async Task A_page_reached_by_redirect_and_by_a_direct_link_is_judged_the_same_way_for_both()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/old.html'>旧地址</a><a href='/new.html'>新地址</a>"));
            app.MapGet("/old.html", () => Results.Redirect("/new.html", permanent: true));
            app.MapGet("/new.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<html><head><title>页面不存在</title></head><body><h1>您访问的页面不存在</h1></body></html>"));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        // Both links are judged from the page they land on, whichever request finished first; at most one extra GET
        // when both are in flight at once.
        Assert.InRange(site.CountOf("GET", "/new.html"), 1, 2);
        Assert.Contains(result.Findings, f => f.TargetUrl!.EndsWith("/new.html", StringComparison.Ordinal) && f.RuleId == LinkRules.SoftNotFound.Id);
        Assert.Contains(result.Findings, f => f.TargetUrl!.EndsWith("/old.html", StringComparison.Ordinal) && f.RuleId == LinkRules.RedirectError.Id);
    }

    [Fact]
    public async Task A_dead_host_is_short_circuited_instead_of_timing_out_every_target()
    {
        await using var cdn = await LoopbackHttpServer.StartAsync(app => app.MapMethods("/img/{n:int}.png", ["GET", "HEAD"], async (HttpContext c) =>
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted)));
        var images = string.Concat(Enumerable.Range(0, 20).Select(i => $"<img src='{cdn.BaseUri}img/{i}.png' alt='图{i}'>"));
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title>" + images)));

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Equal(20, result.Findings.Count(f => f.RuleId == LinkRules.BrokenImage.Id));
        Assert.True(cdn.Requests.Count < 20, $"{cdn.Requests.Count} requests to a dead host for 20 images");
    }

    [Fact]
    public async Task Being_rate_limited_is_a_run_error_not_a_finding()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><img src='/busy.png' alt='图'>"));
            app.MapMethods("/busy.png", ["GET", "HEAD"], () => Results.StatusCode(429));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
        Assert.Contains(result.Errors, e => e.Contains("限流", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_robots_txt_disallows_the_crawl_and_says_so()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => Results.StatusCode(503));
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/a.html'>栏目</a>"));
            app.MapGet("/a.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>栏目</title>"));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Equal(0, site.CountOf("GET", "/a.html"));
        Assert.Contains(result.Errors, e => e.Contains("robots.txt 无法读取", StringComparison.Ordinal) && e.Contains("IgnoreRobotsTxt", StringComparison.Ordinal));
    }
}
