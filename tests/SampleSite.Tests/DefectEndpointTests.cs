using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace ComplianceFns.SampleSite.Tests;

public sealed class DefectEndpointTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private string Target(string key) => site.Server.ExpectedDefects().Single(d => d.Key == key).Target;

    [Theory]
    [InlineData("http-404", HttpStatusCode.NotFound)]
    [InlineData("footer-404", HttpStatusCode.NotFound)]
    [InlineData("pdf-404", HttpStatusCode.NotFound)]
    [InlineData("docx-404", HttpStatusCode.NotFound)]
    [InlineData("http-410", HttpStatusCode.Gone)]
    [InlineData("http-4xx", HttpStatusCode.Forbidden)]
    [InlineData("http-5xx", HttpStatusCode.InternalServerError)]
    [InlineData("broken-image", HttpStatusCode.NotFound)]
    [InlineData("broken-script", HttpStatusCode.NotFound)]
    [InlineData("broken-stylesheet", HttpStatusCode.NotFound)]
    [InlineData("broken-media", HttpStatusCode.NotFound)]
    [InlineData("http-304", HttpStatusCode.NotModified)]
    [InlineData("http-999", (HttpStatusCode)999)]
    public async Task Status_defects_answer_their_status_on_GET_and_HEAD(string key, HttpStatusCode expected)
    {
        using var get = await site.Raw.GetAsync(Target(key));
        using var head = await site.Raw.SendAsync(new HttpRequestMessage(HttpMethod.Head, Target(key)));

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected, head.StatusCode);
    }

    [Fact]
    public async Task Not_modified_answers_an_unconditional_request_with_no_body_and_no_redirect()
    {
        using var response = await site.Raw.GetAsync(Target("http-304"));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Nonstandard_status_is_a_bot_wall_page()
    {
        using var response = await site.Raw.GetAsync(Target("http-999"));

        Assert.Equal(999, (int)response.StatusCode);
        Assert.Equal("访问受限_某某县人民政府", HtmlLinks.Title(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Local_file_and_ftp_links_are_written_as_the_author_left_them()
    {
        var byKey = site.Server.ExpectedDefects().ToDictionary(d => d.Key);

        Assert.Equal("file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png", byKey["local-file"].Target);
        Assert.Equal("ftp://ftp.moumou.gov.cn/tjj/2023/zyzb.csv", byKey["ftp"].Target);
        var html = await site.Raw.GetStringAsync(site.Url(byKey["local-file"].PagePath));
        Assert.Contains($"src=\"{byKey["local-file"].Target}\"", html);
    }

    [Fact]
    public async Task Server_error_answers_500_every_time()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await site.Raw.GetAsync(Target("http-5xx"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }
    }

    [Fact]
    public async Task Redirect_loop_alternates_between_two_urls()
    {
        var first = await site.Raw.GetAsync(Target("redirect-loop"));
        var second = await site.Raw.GetAsync(new Uri(site.Server.BaseUri, first.Headers.Location!));
        var third = await site.Raw.GetAsync(new Uri(site.Server.BaseUri, second.Headers.Location!));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/redirect/loop-b", first.Headers.Location!.OriginalString);
        Assert.Equal("/redirect/loop-a", second.Headers.Location!.OriginalString);
        Assert.Equal(first.Headers.Location, third.Headers.Location);
    }

    [Fact]
    public async Task Too_many_redirects_is_a_chain_of_thirty_hops_ending_in_a_page()
    {
        var (hops, final) = await FollowAsync(new Uri(Target("too-many-redirects")), maxHops: 50);

        Assert.Equal(30, hops);
        Assert.Equal(HttpStatusCode.OK, final);
    }

    [Fact]
    public async Task Redirect_error_ends_in_404_after_one_hop()
    {
        var (hops, final) = await FollowAsync(new Uri(Target("redirect-error")), maxHops: 10);

        Assert.Equal(1, hops);
        Assert.Equal(HttpStatusCode.NotFound, final);
    }

    [Fact]
    public async Task Soft_404_answers_200_with_a_page_not_found_title()
    {
        using var response = await site.Raw.GetAsync(Target("soft-404"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("页面不存在", HtmlLinks.Title(html));
        Assert.Contains("您访问的页面不存在", html);
    }

    [Fact]
    public async Task Missing_fragment_names_no_element_on_an_existing_page()
    {
        var target = new Uri(Target("missing-fragment"));
        using var response = await site.Raw.GetAsync(target);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-such-section", target.Fragment.TrimStart('#'));
        Assert.DoesNotContain("no-such-section", html);
        Assert.Contains("id=\"section-2\"", html);
    }

    [Fact]
    public async Task Wrong_link_text_names_the_guide_but_the_target_is_a_safety_inspection_notice()
    {
        var defect = site.Server.ExpectedDefects().Single(d => d.Key == "wrong-target");
        var page = await site.Raw.GetStringAsync(site.Url(defect.PagePath));
        var target = await site.Raw.GetStringAsync(defect.Target);

        Assert.Equal(new Uri(defect.Target).AbsolutePath, HtmlLinks.HrefOfText(page, "《某某县政府信息公开指南》"));
        Assert.Equal("关于开展2024年度安全生产检查的通知_某某县人民政府", HtmlLinks.Title(target));
    }

    [Fact]
    public async Task Slow_endpoint_outlasts_a_short_client_timeout()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMilliseconds(800) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync(Target("timeout")));
    }

    [Fact]
    public async Task Trickle_sends_headers_at_once_but_the_body_never_completes_in_time()
    {
        using var client = new HttpClient();
        using var headersDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        using var response = await client.GetAsync(Target("timeout-trickle"), HttpCompletionOption.ResponseHeadersRead, headersDeadline.Token);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var bodyDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            var buffer = new byte[64];
            int read;
            while ((read = await body.ReadAsync(buffer, bodyDeadline.Token)) > 0)
            {
                received += read;
            }
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(60, response.Content.Headers.ContentLength);
        Assert.InRange(received, 0, 2);
    }

    [Fact]
    public async Task Reset_endpoint_drops_the_connection()
    {
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => site.Raw.GetAsync(Target("connection-error")));

        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Refused_port_refuses_connections()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var error = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, site.Server.RefusedPort));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public async Task Tls_listener_fails_the_handshake_for_a_validating_client()
    {
        using var client = new HttpClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(Target("tls-failure")));
        Assert.IsType<AuthenticationException>(error.InnerException);
    }

    [Fact]
    public async Task Tls_listener_is_a_live_https_server_when_the_certificate_is_ignored()
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var client = new HttpClient(handler);

        using var response = await client.GetAsync(new Uri(site.Server.TlsBaseUri, "/xxgk/zn/index.html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(int Hops, HttpStatusCode Final)> FollowAsync(Uri start, int maxHops)
    {
        var current = start;
        for (var hops = 0; hops <= maxHops; hops++)
        {
            using var response = await site.Raw.GetAsync(current);
            if ((int)response.StatusCode is < 300 or >= 400)
            {
                return (hops, response.StatusCode);
            }
            current = new Uri(current, response.Headers.Location!);
        }
        throw new InvalidOperationException("Redirects did not end.");
    }
}
