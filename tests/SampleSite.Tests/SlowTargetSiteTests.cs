using System.Diagnostics;
using System.Net;
using ComplianceFns.SampleSite.Generated;

namespace ComplianceFns.SampleSite.Tests;

public sealed class SlowTargetSiteTests
{
    private static readonly SlowTargetPlan Plan = new(Hosts: 2, SlowTargets: 3, HangingTargets: 2)
    {
        MinDelay = TimeSpan.FromMilliseconds(200),
        MaxDelay = TimeSpan.FromMilliseconds(400),
    };

    [Fact]
    public async Task Outside_links_are_on_pages_of_the_site_and_on_hosts_of_their_own()
    {
        await using var server = await GeneratedSiteServer.StartAsync(pages: 40, linksPerPage: 4, seed: 5, slow: Plan);
        using var client = new HttpClient();
        var linked = new List<(string Page, string Target)>();
        foreach (var page in server.PageUrls)
        {
            var html = await client.GetStringAsync(page);
            linked.AddRange(HtmlLinks.Hrefs(html).Where(h => h.StartsWith("http://", StringComparison.Ordinal)).Select(h => (page, h)));
        }

        var hanging = server.BrokenLinks.Where(b => b.TargetUrl.Contains("/hang/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, hanging.Count);
        Assert.Equal(3, server.SlowUrls.Count);
        Assert.Equal(server.SlowUrls.Concat(hanging.Select(h => h.TargetUrl)).Order(), linked.Select(l => l.Target).Order());
        Assert.All(hanging, h => Assert.Contains((h.SourcePageUrl, h.TargetUrl), linked));

        var origins = linked.Select(l => new Uri(l.Target).Authority).Distinct().ToList();
        Assert.Equal(2, origins.Count);
        Assert.DoesNotContain(server.BaseUri.Authority, origins);
    }

    [Fact]
    public async Task A_slow_target_answers_after_its_delay_and_a_hanging_one_never_does()
    {
        await using var server = await GeneratedSiteServer.StartAsync(pages: 10, linksPerPage: 3, seed: 5, slow: Plan);
        // Generous bounds: the machine is shared, and the point is "after its delay", not "exactly then".
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var slowest = server.SlowUrls.Single(u => u.EndsWith("/slow/2.html", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        using (var response = await client.GetAsync(slowest))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("相关单位网站2", await response.Content.ReadAsStringAsync());
        }
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(390), TimeSpan.FromSeconds(8));

        var hanging = server.BrokenLinks.First(b => b.TargetUrl.Contains("/hang/", StringComparison.Ordinal)).TargetUrl;
        using var waitOneSecond = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(hanging, waitOneSecond.Token));
    }

    [Fact]
    public void Delays_spread_evenly_over_the_range()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(200), Plan.DelayOf(0));
        Assert.Equal(TimeSpan.FromMilliseconds(300), Plan.DelayOf(1));
        Assert.Equal(TimeSpan.FromMilliseconds(400), Plan.DelayOf(2));
    }
}
