using System.Text;
using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>Healthy links a careless checker calls broken; each class is guarded here, whether it was ever wrong or not.</summary>
public sealed class FalseAlarmTests
{
    private const string NotFoundNotice = "<html><head><title>页面不存在</title></head><body><h1>对不起，您访问的页面不存在</h1>"
        + "<a href='#top'>返回顶部</a><a href='#'>顶部</a><a href='../index.html'>返回首页</a><a href='more.html'>相关链接</a>"
        + "<img src='404.png'><p>请检查地址后重试，做好防讯工作。</p></body></html>";

    private static SiteInspector Inspector(CrawlOptions? options = null, TypoDetector? typos = null) =>
        new(options ?? FetchKit.FastOptions(), new SystemHostResolver(), TimeProvider.System, typos);

    private static SiteOptions Site(Uri start) => new() { Id = "false-alarm", StartUrls = [start.AbsoluteUri] };

    [Fact]
    public async Task A_soft_404_page_is_one_finding_for_the_link_to_it_and_its_own_content_is_not_inspected()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><p>欢迎访问。</p><a href='/old/notice.html'>旧通知</a>"));

            // Like many CMSs, every unknown address answers 200 with the same notice.
            app.MapMethods("/{**path}", ["GET", "HEAD"], (HttpContext c) => LoopbackHttpServer.Html(c, NotFoundNotice));
        });

        var result = await Inspector(typos: TypoDetector.CreateDefault()).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.SoftNotFound.Id, finding.RuleId);
        Assert.Equal(site.BaseUri.AbsoluteUri, finding.PageUrl);
        Assert.Equal(site.Url("/old/notice.html").AbsoluteUri, finding.TargetUrl);
        Assert.Equal(0, site.CountOf("GET", "/old/more.html") + site.CountOf("HEAD", "/old/404.png") + site.CountOf("GET", "/old/404.png"));
        Assert.Equal(1, result.PagesCrawled);
        Assert.Contains(site.Url("/old/notice.html").AbsoluteUri, result.CrawledPages); // read and judged: stale findings on it may close
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_server_error_that_recovers_on_retry_is_not_a_finding(int status)
    {
        var failures = new Dictionary<string, int>();
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/page.html'>栏目</a><img src='/logo.png' alt='徽标'>"));
            app.MapMethods("/{name}", ["GET", "HEAD"], (HttpContext c, string name) =>
            {
                lock (failures)
                {
                    // Each target fails once, then works: a flaky upstream.
                    if (failures.GetValueOrDefault(name) == 0)
                    {
                        failures[name] = 1;
                        return Results.StatusCode(status);
                    }
                }

                return name.EndsWith(".png", StringComparison.Ordinal) ? Results.Bytes([137, 80, 78, 71], "image/png") : Results.Content("<title>栏目</title>", "text/html; charset=utf-8");
            });
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
        Assert.Equal(2, result.PagesCrawled);
    }

    [Fact]
    public async Task A_dropped_connection_that_recovers_on_retry_is_not_a_finding()
    {
        var calls = 0;
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/page.html'>栏目</a>"));
            app.MapGet("/page.html", (HttpContext c) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    c.Abort();
                    return Task.CompletedTask;
                }

                return LoopbackHttpServer.Html(c, "<title>栏目</title>");
            });
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
        Assert.Equal(2, site.CountOf("GET", "/page.html"));
    }

    [Fact]
    public async Task Rate_limiting_with_a_short_retry_after_is_waited_out_and_a_long_one_is_no_finding()
    {
        int calls = 0, dated = 0;
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>首页</title><a href='/busy.html'>办事指南</a><img src='/forever.png' alt='图'><a href='/date.html'>公告</a>"));
            app.MapGet("/busy.html", (HttpContext c) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    c.Response.Headers.RetryAfter = "1";
                    c.Response.StatusCode = 429;
                    return Task.CompletedTask;
                }

                return LoopbackHttpServer.Html(c, "<title>办事指南</title>");
            });
            app.MapMethods("/forever.png", ["GET", "HEAD"], (HttpContext c) =>
            {
                c.Response.Headers.RetryAfter = "3600";
                c.Response.StatusCode = 429;
            });
            app.MapGet("/date.html", (HttpContext c) =>
            {
                // Retry-After as an HTTP date in the past: retry at once.
                if (Interlocked.Increment(ref dated) == 1)
                {
                    c.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(-5).ToString("R");
                    c.Response.StatusCode = 503;
                    return Task.CompletedTask;
                }

                return LoopbackHttpServer.Html(c, "<title>公告</title>");
            });
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
        Assert.Equal(2, site.CountOf("GET", "/busy.html"));
        Assert.Contains(result.Errors, e => e.Contains("限流", StringComparison.Ordinal));
        Assert.Contains(site.Url("/forever.png").AbsoluteUri, result.UnverifiedTargets); // earlier findings on it stay open
    }

    [Theory]
    [InlineData(405)]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(500)]
    public async Task A_head_refused_while_get_works_is_not_a_finding(int headStatus)
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><img src='/chart.png' alt='图表'><a href='/report.pdf'>年报</a>"));
            app.MapMethods("/{name}", ["HEAD"], () => Results.StatusCode(headStatus));
            app.MapGet("/chart.png", () => Results.Bytes([137, 80, 78, 71], "image/png"));
            app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.4\n%%EOF"u8.ToArray(), "application/pdf"));
        });
        var options = FetchKit.FastOptions();
        options.MaxRetries = 0;

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.DoesNotContain(result.Findings, f => f.TargetUrl is not null && f.TargetUrl.EndsWith("/chart.png", StringComparison.Ordinal));
        Assert.Equal(1, site.CountOf("GET", "/chart.png"));
    }

    [Fact]
    public async Task A_head_that_never_answers_while_get_works_is_not_a_finding()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><img src='/chart.png' alt='图表'>"));
            app.MapMethods("/chart.png", ["HEAD"], async (HttpContext c) => await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted));
            app.MapGet("/chart.png", () => Results.Bytes([137, 80, 78, 71], "image/png"));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task A_target_shared_by_many_pages_is_requested_once_and_judged_once()
    {
        const int pages = 40;
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            var list = string.Concat(Enumerable.Range(1, pages).Select(i => $"<a href='/p/{i}.html'>第{i}篇</a>"));
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title>" + list));
            app.MapGet("/p/{n:int}.html", (HttpContext c, int n) => LoopbackHttpServer.Html(c,
                $"<title>第{n}篇</title><img src='/shared/logo.png' alt='徽标'><a href='/shared/guide.html'>办事指南</a><a href='/shared/guide.html#top'>顶部</a>"));
            app.MapMethods("/shared/logo.png", ["GET", "HEAD"], () => Results.Bytes([137, 80, 78, 71], "image/png"));
            app.MapGet("/shared/guide.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>办事指南</title><h1>办事指南</h1>"));
        });
        var options = FetchKit.FastOptions();
        options.PerHostConcurrency = 8;
        options.TotalConcurrency = 8;

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
        Assert.Equal(1, site.CountOf("HEAD", "/shared/logo.png") + site.CountOf("GET", "/shared/logo.png"));
        Assert.Equal(1, site.CountOf("GET", "/shared/guide.html"));
        Assert.Equal(pages + 2, result.PagesCrawled);
    }

    [Fact]
    public async Task Cjk_and_percent_encoded_paths_reach_the_page_they_name_in_every_spelling()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>首页</title>"
                + "<a href='/信息公开/通知公告.html'>通知公告</a>"
                + "<a href='/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A.html'>通知公告（编码）</a>"
                + "<a href='/%e4%bf%a1%e6%81%af%e5%85%ac%e5%bc%80/%e9%80%9a%e7%9f%a5%e5%85%ac%e5%91%8a.html'>通知公告（小写编码）</a>"
                + "<a href='/files/2024 年度报告.html'>2024 年度报告</a>"
                + "<a href='/files/a%2Bb.html'>加号</a>"
                + "<img src='/图片/徽标.png' alt='徽标'>"
                + "<a href='/gbk/index.html'>旧版</a>"));
            app.MapGet("/信息公开/通知公告.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>通知公告</title>"));
            app.MapGet("/files/2024 年度报告.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>2024 年度报告</title>"));
            app.MapGet("/files/a+b.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>加号</title>"));
            app.MapMethods("/图片/徽标.png", ["GET", "HEAD"], () => Results.Bytes([137, 80, 78, 71], "image/png"));

            // A GBK page's path is still sent as UTF-8 by browsers; only its query follows the page's encoding.
            app.MapGet("/gbk/index.html", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<html><head><meta charset='gbk'><title>旧版</title></head><body><a href='/信息公开/通知公告.html'>通知公告</a></body></html>", "gbk"));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
        Assert.Equal(5, result.PagesCrawled);
    }

    [Fact]
    public async Task Gbk_pages_without_a_header_charset_are_read_as_gbk_so_titles_match_and_no_wrong_link_is_reported()
    {
        var gbk = Encoding.GetEncoding("GBK");
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/gbk/list.html'>政策文件</a>"));
            app.MapGet("/gbk/list.html", (HttpContext c) => Gbk(c, gbk,
                "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'><title>政策文件</title></head><body>"
                + "<a href='t1.html'>关于印发《某某县农村人居环境整治提升实施方案》的通知</a>"
                + "<a href='/search?q=通知公告'>搜索通知公告</a></body></html>"));
            app.MapGet("/gbk/t1.html", (HttpContext c) => Gbk(c, gbk,
                "<html><head><meta charset='gbk'><title>关于印发《某某县农村人居环境整治提升实施方案》的通知</title></head>"
                + "<body><h1>关于印发《某某县农村人居环境整治提升实施方案》的通知</h1><p>各乡镇人民政府：现将方案印发给你们。</p></body></html>"));

            // The query arrives percent-encoded in GBK, as a browser sends it from a GBK page.
            app.MapGet("/search", (HttpContext c) =>
            {
                var raw = c.Request.QueryString.Value ?? string.Empty;
                var expected = "?q=" + string.Concat(gbk.GetBytes("通知公告").Select(b => $"%{b:X2}"));
                return string.Equals(raw, expected, StringComparison.OrdinalIgnoreCase)
                    ? LoopbackHttpServer.Html(c, "<title>搜索通知公告</title><h1>搜索结果</h1>")
                    : Results.NotFound().ExecuteAsync(c);
            });
        });

        var result = await Inspector(typos: TypoDetector.CreateDefault()).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task An_anchor_far_down_a_page_larger_than_the_probe_cap_is_not_called_missing()
    {
        var filler = new string(' ', LinkChecker.PageProbeBytes + 64 * 1024);
        await using var external = await LoopbackHttpServer.StartAsync(app => app.MapGet("/long.html", (HttpContext c) =>
            LoopbackHttpServer.Html(c, $"<title>法规汇编</title><p>{filler}</p><h2 id='chapter-9'>第九章</h2>")));
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
            $"<title>首页</title><a href='{external.BaseUri}long.html#chapter-9'>第九章</a><a href='{external.BaseUri}long.html#no-such'>不存在</a>")));

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        // Past the cap nothing is known: neither anchor is reported (one that is truly missing is a lesser loss than a false one).
        Assert.DoesNotContain(result.Findings, f => f.RuleId == LinkRules.MissingFragment.Id);
    }

    private static Task Gbk(HttpContext context, Encoding gbk, string html)
    {
        context.Response.ContentType = "text/html"; // no charset in the header: the page's meta must be honoured
        return context.Response.Body.WriteAsync(gbk.GetBytes(html)).AsTask();
    }
}
