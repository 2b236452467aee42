using System.Diagnostics;
using System.Net;

namespace ComplianceFns.SampleSite.Tests;

public sealed class SampleSiteServerLifetimeTests
{
    [Fact]
    public async Task Dispose_returns_promptly_while_slow_and_trickling_requests_are_in_flight()
    {
        var server = await SampleSiteServer.StartAsync();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var slow = client.GetAsync(new Uri(server.BaseUri, "/slow"));
        var trickle = client.GetAsync(new Uri(server.BaseUri, "/trickle"));
        await Task.Delay(300);

        var clock = Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"dispose took {clock.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => Task.WhenAll(slow, trickle));
    }

    [Fact]
    public async Task Server_identifies_the_site_and_honours_a_requested_port()
    {
        var port = Network.ClosedPort.Reserve();
        await using var server = await SampleSiteServer.StartAsync(new SampleSiteOptions { Port = port });
        using var client = new HttpClient();
        using var home = await client.GetAsync(server.StartUrl);
        var html = await home.Content.ReadAsStringAsync();

        Assert.Equal("sample-gov", server.SiteId);
        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), server.BaseUri);
        Assert.Equal(server.BaseUri, server.StartUrl);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("某某县人民政府 政府信息公开", HtmlLinks.Title(html));
        foreach (var column in new[] { "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "通知公告", "政策文件" })
        {
            Assert.Contains($">{column}</a>", html);
        }
    }
}
