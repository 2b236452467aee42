using System.Net;
using ComplianceFns.SampleSite.Generated;

namespace ComplianceFns.SampleSite.Tests;

public sealed class GeneratedSiteServerTests
{
    [Fact]
    public async Task Every_page_is_reachable_from_the_root_and_the_broken_list_is_exactly_what_a_crawl_finds()
    {
        await using var server = await GeneratedSiteServer.StartAsync(pages: 300, linksPerPage: 8, seed: 7);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var pages = new HashSet<string>();
        var broken = new HashSet<GeneratedBrokenLink>();
        var images = new HashSet<string>();
        var queue = new Queue<string>([server.StartUrl.AbsoluteUri]);
        var seen = new HashSet<string>(queue);
        var sizes = new List<int>();

        while (queue.TryDequeue(out var url))
        {
            var html = await client.GetStringAsync(url);
            pages.Add(url);
            sizes.Add(html.Length);
            foreach (var href in HtmlLinks.Hrefs(html))
            {
                var target = new Uri(new Uri(url), href).AbsoluteUri;
                if (href.StartsWith("/img/"))
                {
                    images.Add(target);
                }
                else if (seen.Add(target))
                {
                    using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, target));
                    if (head.StatusCode == HttpStatusCode.OK)
                    {
                        queue.Enqueue(target);
                    }
                    else
                    {
                        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
                        broken.Add(new GeneratedBrokenLink(url, target));
                    }
                }
            }
        }

        Assert.Equal(server.PageUrls.ToHashSet(), pages);
        Assert.Equal(300, server.PageCount);
        Assert.Equal(server.BrokenLinks.ToHashSet(), broken);
        Assert.Equal(6, server.BrokenLinks.Count); // 2 % of 300
        foreach (var image in images)
        {
            using var response = await client.GetAsync(image);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.InRange(sizes.Average(), 2500, 4000); // ~8 KB of UTF-8, mostly 3-byte Chinese characters
    }

    [Fact]
    public async Task Same_seed_gives_the_same_site_and_another_seed_a_different_one()
    {
        await using var first = await GeneratedSiteServer.StartAsync(120, 10, seed: 1);
        await using var again = await GeneratedSiteServer.StartAsync(120, 10, seed: 1);
        await using var other = await GeneratedSiteServer.StartAsync(120, 10, seed: 2);
        using var client = new HttpClient();

        string Paths(GeneratedSiteServer s) => string.Join(",", s.BrokenLinks.Select(b => new Uri(b.SourcePageUrl).AbsolutePath + ">" + new Uri(b.TargetUrl).AbsolutePath));
        var page = "/p/17.html";

        Assert.Equal(Paths(first), Paths(again));
        Assert.NotEqual(Paths(first), Paths(other));
        Assert.Equal(await client.GetStringAsync(new Uri(first.BaseUri, page)), await client.GetStringAsync(new Uri(again.BaseUri, page)));
    }

    [Fact]
    public async Task Pages_outside_the_site_are_404()
    {
        await using var server = await GeneratedSiteServer.StartAsync(10, 4, seed: 3);
        using var client = new HttpClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(server.BaseUri, "/p/10.html"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(server.BaseUri, "/p/9.html"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(server.BaseUri, "/img/99.png"))).StatusCode);
    }
}
