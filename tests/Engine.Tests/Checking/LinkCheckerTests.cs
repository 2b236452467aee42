using System.Net;
using System.Net.Sockets;
using System.Text;
using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Checking;

public sealed class LinkCheckerTests
{
    [Theory]
    [InlineData(405)]
    [InlineData(403)]
    [InlineData(501)]
    [InlineData(404)]
    public async Task A_server_refusing_head_is_checked_with_get_and_passes(int headStatus)
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapMethods("/file.pdf", ["HEAD"], () => Results.StatusCode(headStatus));
            app.MapGet("/file.pdf", () => Results.Bytes("%PDF-1.4"u8.ToArray(), "application/pdf"));
        });
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/file.pdf").AbsoluteUri, LinkKind.Attachment, CancellationToken.None);

        Assert.Equal(LinkFailure.None, probe.Result.Failure);
        Assert.Equal(200, probe.Result.StatusCode);
        Assert.Equal(1, server.CountOf("GET", "/file.pdf"));
    }

    [Fact]
    public async Task A_missing_image_is_not_found_after_head_and_get()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => { });
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/img/logo.png").AbsoluteUri, LinkKind.Image, CancellationToken.None);

        Assert.Equal(LinkFailure.HttpNotFound, probe.Result.Failure);
        Assert.Equal(404, probe.Result.StatusCode);
    }

    [Fact]
    public async Task Each_distinct_target_is_requested_once_per_run()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/p", () => Results.Content("<title>页</title>", "text/html")));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;
        var checker = new LinkChecker(follower, FetchKit.FastOptions());
        var url = server.Url("/p").AbsoluteUri;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => checker.CheckAsync(url, LinkKind.Anchor, CancellationToken.None)));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_attachment_is_checked_without_downloading_it_whole()
    {
        // A raw socket server, so "sent" means accepted by the kernel for this connection, not buffered by a framework.
        const long bodySize = 100L * 1024 * 1024;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        long sent = 0;
        var serve = Task.Run(async () =>
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                using var stream = client.GetStream();
                var request = await RawHttpServer.ReadHeadAsync(stream);
                var head = request.StartsWith("HEAD", StringComparison.Ordinal)
                    ? "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"
                    : $"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {bodySize}\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                if (request.StartsWith("HEAD", StringComparison.Ordinal))
                {
                    continue;
                }

                var chunk = new byte[64 * 1024];
                try
                {
                    while (Interlocked.Read(ref sent) < bodySize)
                    {
                        await stream.WriteAsync(chunk);
                        Interlocked.Add(ref sent, chunk.Length);
                    }
                }
                catch (IOException)
                {
                    return; // the checker hung up, as it should
                }
            }
        });
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync($"http://127.0.0.1:{port}/big.zip", LinkKind.Attachment, CancellationToken.None);
        await serve.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(LinkFailure.None, probe.Result.Failure);
        Assert.Equal(200, probe.Result.StatusCode);
        Assert.True(Interlocked.Read(ref sent) < 16L * 1024 * 1024, $"server sent {sent} bytes of {bodySize}");
    }


    [Fact]
    public async Task A_page_that_says_it_does_not_exist_is_a_soft_404()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/gone.html", (HttpContext c) =>
            LoopbackHttpServer.Html(c, "<html><head><title>页面不存在</title></head><body><h1>抱歉，您访问的页面不存在</h1><a href='/'>返回首页</a></body></html>")));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/gone.html").AbsoluteUri, LinkKind.Anchor, CancellationToken.None);

        Assert.Equal(LinkFailure.SoftNotFound, probe.Result.Failure);
        Assert.Equal(200, probe.Result.StatusCode);
    }

    [Fact]
    public async Task A_gbk_page_is_read_for_its_title_and_anchors()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/gbk.html", (HttpContext c) =>
            LoopbackHttpServer.Html(c, "<html><head><title>政府信息公开指南</title></head><body><h2 id=\"part2\">二、公开方式</h2></body></html>", "gb2312")));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/gbk.html").AbsoluteUri, LinkKind.Anchor, CancellationToken.None);

        Assert.Equal("政府信息公开指南", probe.Result.TargetTitle);
        Assert.Contains("part2", probe.AnchorIds!);
    }

    [Fact]
    public async Task An_exception_during_a_check_gives_chinese_evidence_and_a_raw_error_for_developers()
    {
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;
        var checker = new LinkChecker(follower, FetchKit.FastOptions());
        const string unparsable = "http://[127.0.0.1/x";

        var probe = await checker.CheckAsync(unparsable, LinkKind.Anchor, CancellationToken.None);

        Assert.Equal(LinkFailure.ConnectionError, probe.Result.Failure);
        Assert.Equal($"检查链接 {unparsable} 时程序出错（内容无法解析），未能得出检查结论", probe.Result.Detail);
        Assert.DoesNotMatch("[A-Za-z]", probe.Result.Detail!.Replace(unparsable, string.Empty, StringComparison.Ordinal));
        var error = Assert.Single(checker.Errors);
        Assert.Contains(nameof(UriFormatException), error, StringComparison.Ordinal);
        Assert.Contains(unparsable, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_spent_queueing_behind_other_targets_is_not_charged_to_a_targets_budget()
    {
        // One slot, three targets of 1 s each, a 2.4 s budget: the third waits 2 s for the slot, then answers in time.
        // Charged with its wait it would fail (2 s + 1 s > 2.4 s); the times leave room for a loaded machine.
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapMethods("/slow/{n:int}", ["GET", "HEAD"], async (HttpContext c) =>
        {
            await Task.Delay(1000, c.RequestAborted);
            return Results.Bytes("GIF89a"u8.ToArray(), "image/gif");
        }));
        var options = FetchKit.FastOptions();
        options.PerHostConcurrency = 1;
        options.TotalConcurrency = 1;
        options.TargetBudget = TimeSpan.FromSeconds(2.4);
        var (fetcher, follower) = FetchKit.Create(options);
        using var _ = fetcher;
        var checker = new LinkChecker(follower, options);
        await checker.CheckAsync(server.Url("/slow/99").AbsoluteUri, LinkKind.Image, CancellationToken.None); // a warm server and connection

        var probes = await Task.WhenAll(Enumerable.Range(0, 3).Select(n =>
            checker.CheckAsync(server.Url($"/slow/{n}").AbsoluteUri, LinkKind.Image, CancellationToken.None)));

        Assert.All(probes, p => Assert.Equal(LinkFailure.None, p.Result.Failure));
        Assert.All(probes, p => Assert.True(p.Result.Elapsed < TimeSpan.FromSeconds(2), $"elapsed {p.Result.Elapsed} counts the queue"));
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task A_304_to_a_request_without_a_cached_copy_is_a_finding_not_a_pass()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/page.html", () => Results.StatusCode(304));
            app.MapMethods("/logo.png", ["GET", "HEAD"], () => Results.StatusCode(304));
        });
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;
        var checker = new LinkChecker(follower, FetchKit.FastOptions());

        var page = await checker.CheckAsync(server.Url("/page.html").AbsoluteUri, LinkKind.Anchor, CancellationToken.None);
        var image = await checker.CheckAsync(server.Url("/logo.png").AbsoluteUri, LinkKind.Image, CancellationToken.None);

        Assert.Equal(LinkFailure.HttpNotModified, page.Result.Failure);
        Assert.Equal(LinkFailure.HttpNotModified, image.Result.Failure);
        Assert.Equal(304, image.Result.StatusCode);
        Assert.Equal(1, server.CountOf("GET", "/logo.png")); // a 304 to HEAD is no verdict: the GET decides
    }

    [Theory]
    [InlineData(999)]
    [InlineData(600)]
    public async Task A_status_of_600_or_more_is_non_standard_not_a_server_error(int status)
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/profile", () => Results.StatusCode(status)));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/profile").AbsoluteUri, LinkKind.Anchor, CancellationToken.None);

        Assert.Equal(LinkFailure.HttpNonStandard, probe.Result.Failure);
        Assert.Equal(status, probe.Result.StatusCode);
    }

    [Fact]
    public async Task A_head_answered_with_999_is_checked_again_with_get()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapMethods("/banner.png", ["HEAD"], () => Results.StatusCode(999));
            app.MapGet("/banner.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        });
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/banner.png").AbsoluteUri, LinkKind.Image, CancellationToken.None);

        Assert.Equal(LinkFailure.None, probe.Result.Failure);
    }

    [Theory]
    [InlineData("<title>状态码测试</title><a href=\"/a\">Success</a> <a href=\"/b\">Not Found</a>", false)] // linkinator's status-codes/default.html
    [InlineData("<title>友情链接</title><a href=\"/a\">404 Not Found 错误说明</a>", false)]
    [InlineData("<title>提示</title><p>对不起，您访问的页面不存在。</p><a href=\"/\">返回首页</a>", true)]
    public async Task A_short_page_is_a_not_found_notice_by_its_own_words_not_by_its_link_labels(string html, bool notFound)
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/page.html", () => Results.Content("<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + html + "</html>", "text/html; charset=utf-8")));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var probe = await new LinkChecker(follower, FetchKit.FastOptions()).CheckAsync(server.Url("/page.html").AbsoluteUri, LinkKind.Anchor, CancellationToken.None);

        Assert.Equal(notFound ? LinkFailure.SoftNotFound : LinkFailure.None, probe.Result.Failure);
    }
}
