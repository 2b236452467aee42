using System.IO.Compression;
using System.Net;
using System.Text;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.SampleSite.Tests;

public sealed class TrapEndpointTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Calendar_links_to_a_new_month_forever()
    {
        var seen = new HashSet<string>();
        var current = site.Url("/calendar?year=2024&month=6");
        for (var i = 0; i < 40; i++)
        {
            Assert.True(seen.Add(current.AbsoluteUri));
            var html = await site.Raw.GetStringAsync(current);
            current = new Uri(current, HtmlLinks.HrefOfText(html, "下个月"));
        }

        Assert.Equal(site.Url("/calendar?year=2027&month=10"), current);
    }

    [Fact]
    public async Task Search_pages_link_to_the_next_page_number()
    {
        var html = await site.Raw.GetStringAsync(site.Url("/search?page=41"));

        Assert.Equal("/search?page=42", HtmlLinks.HrefOfText(html, "下一页"));
    }

    [Fact]
    public async Task Relative_news_link_nests_the_path_deeper_on_every_page()
    {
        var current = site.Url("/news/");
        for (var depth = 1; depth <= 8; depth++)
        {
            var html = await site.Raw.GetStringAsync(current);
            current = new Uri(current, HtmlLinks.HrefOfText(html, "更多新闻"));
        }
        using var unrelated = await site.Raw.GetAsync(site.Url("/news/other/"));

        Assert.Equal(site.Url("/news/" + string.Concat(Enumerable.Repeat("news/", 8))), current);
        Assert.Equal(HttpStatusCode.NotFound, unrelated.StatusCode);
    }

    [Fact]
    public async Task Big_page_is_over_twelve_megabytes_of_html()
    {
        using var response = await site.Raw.GetAsync(site.Url("/big-page.html"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var counted = 0L;
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            counted += read;
        }

        Assert.True(response.Content.Headers.ContentLength >= 12 * 1024 * 1024);
        Assert.Equal(response.Content.Headers.ContentLength, counted);
    }

    [Fact]
    public async Task Gzip_bomb_is_about_a_megabyte_on_the_wire_and_inflates_without_end()
    {
        using var response = await site.Raw.GetAsync(site.Url("/gzip-bomb.html"), HttpCompletionOption.ResponseHeadersRead);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var inflated = new byte[16 * 1024 * 1024];
        await gzip.ReadExactlyAsync(inflated);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.InRange(response.Content.Headers.ContentLength ?? 0, 1, 2 * 1024 * 1024);
        Assert.StartsWith("<!DOCTYPE html>", Encoding.UTF8.GetString(inflated, 0, 64));
        Assert.Equal((byte)' ', inflated[^1]);
    }

    [Fact]
    public async Task Small_gzip_bomb_inflates_to_exactly_the_configured_size_plus_its_head()
    {
        await using var small = await SampleSiteServer.StartAsync(new SampleSiteOptions { GzipBombInflatedBytes = 8L << 20 });
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(small.BaseUri, "/gzip-bomb.html"), HttpCompletionOption.ResponseHeadersRead);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var total = 0L;
        var buffer = new byte[1 << 20];
        int read;
        while ((read = await gzip.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        Assert.InRange(total - (8L << 20), 1, 512);
        Assert.True(response.Content.Headers.ContentLength * 100 < total);
    }

    [Fact]
    public async Task Robots_txt_disallows_the_private_area_that_holds_a_broken_link()
    {
        var robots = await site.Raw.GetStringAsync(site.Url("/robots.txt"));
        var privatePage = await site.Raw.GetStringAsync(site.Url(SampleSiteManifest.RobotsExcludedPagePath));
        using var target = await site.Raw.GetAsync(SampleSiteManifest.RobotsExcludedDefect(site.Server.BaseUri).Target);
        var services = await site.Raw.GetStringAsync(site.Url("/bmfw/index.html"));

        Assert.Contains("User-agent: *\nDisallow: /private/", robots);
        Assert.Contains($"href=\"{SampleSiteManifest.RobotsExcludedBrokenTargetPath}\"", privatePage);
        Assert.Equal(HttpStatusCode.NotFound, target.StatusCode);
        Assert.Contains($"href=\"{SampleSiteManifest.RobotsExcludedPagePath}\"", services);
    }
}
