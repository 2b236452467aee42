using System.IO.Compression;
using System.Net;
using System.Text;

namespace ComplianceFns.SampleSite.Tests;

public sealed class HealthyEndpointTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Theory]
    [InlineData("/healthy/head-405", HttpStatusCode.MethodNotAllowed)]
    [InlineData("/healthy/head-403", HttpStatusCode.Forbidden)]
    public async Task Head_is_refused_but_get_works(string path, HttpStatusCode headStatus)
    {
        using var head = await site.Raw.SendAsync(new HttpRequestMessage(HttpMethod.Head, site.Url(path)));
        using var get = await site.Raw.GetAsync(site.Url(path));

        Assert.Equal(headStatus, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task Rate_limited_answers_429_with_retry_after_once_then_200()
    {
        using var first = await site.Raw.GetAsync(site.Url("/healthy/rate-limited"));
        using var second = await site.Raw.GetAsync(site.Url("/healthy/rate-limited"));

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Unavailable_answers_503_once_then_200()
    {
        using var first = await site.Raw.GetAsync(site.Url("/healthy/unavailable-once"));
        using var second = await site.Raw.GetAsync(site.Url("/healthy/unavailable-once"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Gzip_page_is_compressed_when_accepted_and_plain_otherwise()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, site.Url("/healthy/gzip.html"));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var compressed = await site.Raw.SendAsync(request);
        await using var gzip = new GZipStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var inflated = await reader.ReadToEndAsync();
        var plain = await site.Raw.GetStringAsync(site.Url("/healthy/gzip.html"));

        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("办事指南汇总", inflated);
        Assert.Equal(plain, inflated);
    }

    [Fact]
    public async Task Correct_redirect_chain_is_301_then_302_then_200()
    {
        using var first = await site.Raw.GetAsync(site.Url("/redirect/moved-1"));
        using var second = await site.Raw.GetAsync(new Uri(site.Server.BaseUri, first.Headers.Location!));
        using var final = await site.Raw.GetAsync(new Uri(site.Server.BaseUri, second.Headers.Location!));

        Assert.Equal(HttpStatusCode.MovedPermanently, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
    }

    [Fact]
    public async Task Base_href_page_reaches_its_target_only_through_the_base_element()
    {
        var html = await site.Raw.GetStringAsync(site.Url("/xxgk/fdzdgknr/ldxx/index.html"));
        using var viaBase = await site.Raw.GetAsync(site.Url("/xxgk/fdzdgknr/ldxx/detail/zhang-san.html"));
        using var ignoringBase = await site.Raw.GetAsync(site.Url("/xxgk/fdzdgknr/ldxx/zhang-san.html"));

        Assert.Contains("<base href=\"/xxgk/fdzdgknr/ldxx/detail/\">", html);
        Assert.Contains("href=\"zhang-san.html\"", html);
        Assert.Equal(HttpStatusCode.OK, viaBase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ignoringBase.StatusCode);
    }

    [Fact]
    public async Task Statistics_bulletin_holds_the_healthy_fragment_quoted_title_and_protocol_relative_links()
    {
        var html = await site.Raw.GetStringAsync(site.Url("/xxgk/fdzdgknr/202403/t20240320_203.html"));
        var guide = await site.Raw.GetStringAsync(site.Url("/xxgk/zn/index.html"));
        var quotedHref = HtmlLinks.HrefOfText(html, "《某某县2024年政府信息公开工作要点》");
        var quotedTarget = await site.Raw.GetStringAsync(site.Url(quotedHref));
        var protocolRelative = $"//{site.Server.BaseUri.Authority}/xxgk/zd/index.html";
        using var external = await site.Raw.GetAsync(new Uri(site.Server.BaseUri, protocolRelative));

        Assert.Contains("href=\"/xxgk/zn/index.html#section-2\"", html);
        Assert.Contains("id=\"section-2\"", guide);
        Assert.Equal("某某县2024年政府信息公开工作要点_某某县人民政府", HtmlLinks.Title(quotedTarget));
        Assert.Contains($"href=\"{protocolRelative}\"", html);
        Assert.Equal(HttpStatusCode.OK, external.StatusCode);
    }

    [Fact]
    public async Task Malformed_page_is_served_and_keeps_its_links()
    {
        var html = await site.Raw.GetStringAsync(site.Url("/xxgk/fdzdgknr/jgzn/index.html"));

        Assert.DoesNotContain("</title>", html);
        Assert.Contains("<tr><td>机构名称<td>", html);
        Assert.Contains("href=\"/about/lxwm.html\"", html);
    }

    [Fact]
    public async Task Ordinary_pages_answer_head_and_unknown_paths_a_404_page()
    {
        using var head = await site.Raw.SendAsync(new HttpRequestMessage(HttpMethod.Head, site.Url("/tzgg/index.html")));
        using var missing = await site.Raw.GetAsync(site.Url("/no/such/page.html"));
        using var partial = await site.Raw.GetAsync(site.Url("/_partials/footer.html"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, partial.StatusCode);
    }
}
