using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Crawling;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.SampleSite;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Crawling;

public sealed class SiteCrawlerTests
{
    [Fact]
    public async Task Gbk_pages_are_decoded_so_their_link_texts_read_correctly()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var crawl = await CrawlAsync(new SiteOptions { Id = "s", StartUrls = [server.StartUrl.AbsoluteUri] });

        // One page declares gb2312 in the HTTP header, the other only in <meta charset="gbk">.
        foreach (var (path, linkText) in new[]
        {
            ("/legacy/2015/t20150610_88.html", "某某县2024年重点建设项目计划"),
            ("/legacy/2016/t20160308_93.html", "某某县2015年重点建设项目计划"),
        })
        {
            var page = crawl.Pages.Single(p => p.Url.EndsWith(path, StringComparison.Ordinal));
            Assert.Contains(page.Links, l => l.Text == linkText);
            Assert.Null(page.ReadError);
        }
    }

    [Fact]
    public async Task The_page_budget_and_depth_limit_hold()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/p/{n:int}", (HttpContext c, int n) =>
            LoopbackHttpServer.Html(c, $"<title>第{n}页</title><a href='/p/{2 * n}'>甲</a><a href='/p/{2 * n + 1}'>乙</a>")));

        var budget = await CrawlAsync(new SiteOptions { Id = "s", StartUrls = [server.Url("/p/1").AbsoluteUri], MaxPages = 10 });
        Assert.Equal(10, budget.Pages.Count);
        Assert.True(budget.LeftByBudget > 0);

        var shallow = await CrawlAsync(new SiteOptions { Id = "s", StartUrls = [server.Url("/p/1").AbsoluteUri], MaxDepth = 2 });
        Assert.Equal(7, shallow.Pages.Count); // depths 0, 1, 2 of a binary tree
    }

    [Fact]
    public async Task Each_page_is_fetched_once_whatever_its_spelling()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<a href='/a.html'>1</a><a href='/a.html#x'>2</a><a href='/./a.html'>3</a><a href='/b/../a.html'>4</a><a href='/%61.html'>5</a>"));
            app.MapGet("/a.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>甲</title><p id='x'>正文</p>"));
        });

        var crawl = await CrawlAsync(new SiteOptions { Id = "s", StartUrls = [server.BaseUri.AbsoluteUri] });

        Assert.Equal(2, crawl.Pages.Count);
        Assert.Equal(1, server.CountOf("GET", "/a.html"));
    }

    [Fact]
    public async Task Scope_path_prefixes_bound_the_crawl_but_links_outside_are_kept()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/xxgk/", (HttpContext c) => LoopbackHttpServer.Html(c, "<a href='/xxgk/a.html'>公开</a><a href='/news/b.html'>新闻</a>"));
            app.MapGet("/xxgk/a.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>公开</title>"));
            app.MapGet("/news/b.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>新闻</title><a href='/news/c.html'>更多</a>"));
        });

        var crawl = await CrawlAsync(new SiteOptions { Id = "s", StartUrls = [server.Url("/xxgk/").AbsoluteUri], PathPrefixes = ["/xxgk/"] });

        Assert.Equal(2, crawl.Pages.Count);
        Assert.Contains(crawl.Pages[0].Links, l => l.TargetUrl!.EndsWith("/news/b.html", StringComparison.Ordinal));
        Assert.Equal(0, server.CountOf("GET", "/news/b.html"));
    }

    private static async Task<CrawlResult> CrawlAsync(SiteOptions site)
    {
        var options = FetchKit.FastOptions();
        var (fetcher, follower) = FetchKit.Create(options);
        using var _ = fetcher;
        var crawler = new SiteCrawler(site, options, follower, new LinkChecker(follower, options), robots: null, TimeProvider.System);
        return await crawler.CrawlAsync(null, CancellationToken.None);
    }
}
