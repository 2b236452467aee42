using System.IO.Compression;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>Pages the crawler could not read are findings that name the page and why, never silence.</summary>
public sealed class UnreadablePageTests
{
    private const int SixtyFourMegabytes = 64 * 1024 * 1024;

    private static SiteInspector Inspector(CrawlOptions? options = null) => new(options ?? FetchKit.FastOptions(), new SystemHostResolver(), TimeProvider.System);

    private static SiteOptions Site(Uri start) => new() { Id = "unread", StartUrls = [start.AbsoluteUri] };

    [Fact]
    public async Task A_start_page_answering_500_is_a_serious_finding_and_nothing_is_called_clean()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", () => Results.StatusCode(500)));

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.StartPageUnreachable.Id, finding.RuleId);
        Assert.Equal(Severity.Serious, finding.Severity);
        Assert.Equal(site.BaseUri.AbsoluteUri, finding.PageUrl);
        Assert.Contains("起始页面 " + site.BaseUri.AbsoluteUri, finding.Message, StringComparison.Ordinal);
        Assert.Contains("500（服务器内部错误）", finding.Message, StringComparison.Ordinal);
        Assert.Equal("500", finding.EvidenceValue("status"));
        Assert.Equal(0, result.PagesCrawled);
        Assert.Empty(result.RuleScopes); // a run that read nothing resolves nothing
        Assert.Single(result.UnreadPages);
    }

    [Fact]
    public async Task A_text_plain_start_page_is_a_serious_finding_naming_the_content_type()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", () => Results.Text("<a href='/a.html'>栏目</a>", "text/plain")));

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.StartPageUnreachable.Id, finding.RuleId);
        Assert.Contains("不是网页", finding.Message, StringComparison.Ordinal);
        Assert.Contains("text/plain", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0, site.CountOf("GET", "/a.html"));
        Assert.Equal(0, result.PagesCrawled);
    }

    [Fact]
    public async Task A_start_page_that_times_out_is_a_serious_finding_naming_the_timeout()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
        }));
        var options = FetchKit.FastOptions();
        options.MaxRetries = 0;

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.StartPageUnreachable.Id, finding.RuleId);
        Assert.Contains("超时", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_page_that_is_a_not_found_notice_is_a_serious_finding()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", (HttpContext c) =>
            LoopbackHttpServer.Html(c, "<title>页面不存在</title><h1>您访问的页面不存在</h1><a href='/a.html'>返回首页</a>")));

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.StartPageUnreachable.Id, finding.RuleId);
        Assert.Contains("页面不存在", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0, site.CountOf("GET", "/a.html"));
    }

    [Fact]
    public async Task A_64_MB_page_is_an_unreadable_page_finding_and_its_partial_links_are_not_reported()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/big.html'>统计数据</a><a href='/big.html#end'>末尾</a>"));
            app.MapGet("/big.html", async (HttpContext c) =>
            {
                c.Response.ContentType = "text/html; charset=utf-8";
                c.Response.ContentLength = SixtyFourMegabytes;
                await c.Response.Body.WriteAsync("<title>统计数据</title><a href='/missing.html'>缺失</a><p>"u8.ToArray(), c.RequestAborted);
                var filler = new byte[64 * 1024];
                Array.Fill(filler, (byte)' ');
                var written = 64L;
                while (written + filler.Length <= SixtyFourMegabytes && !c.RequestAborted.IsCancellationRequested)
                {
                    await c.Response.Body.WriteAsync(filler, c.RequestAborted);
                    written += filler.Length;
                }
            });
        });
        var options = FetchKit.FastOptions();

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.UnreadablePage.Id, finding.RuleId);
        Assert.Equal(Severity.General, finding.Severity);
        Assert.Equal(site.Url("/big.html").AbsoluteUri, finding.PageUrl);
        Assert.Contains("页面 " + site.Url("/big.html").AbsoluteUri + " 无法读取", finding.Message, StringComparison.Ordinal);
        Assert.Contains("超过 1 MB 的读取上限", finding.Message, StringComparison.Ordinal);
        Assert.Equal(PageReadProblem.TooLarge.ToChinese(), finding.EvidenceValue(PageReadFindingFactory.ProblemEvidence));
        Assert.Equal(0, site.CountOf("GET", "/missing.html")); // a cut page's links are not read
        Assert.DoesNotContain(result.CrawledPages, p => p.EndsWith("/big.html", StringComparison.Ordinal));
        var unread = Assert.Single(result.UnreadPages);
        Assert.Equal(finding.PageUrl, unread.Url);
    }

    [Fact]
    public async Task A_gzip_bomb_is_an_unreadable_page_finding_that_says_so()
    {
        var bomb = GzipOfZeros(SixtyFourMegabytes);
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/bomb.html'>通知公告</a>"));
            app.MapGet("/bomb.html", async (HttpContext c) =>
            {
                c.Response.ContentType = "text/html";
                c.Response.Headers.ContentEncoding = "gzip";
                await c.Response.Body.WriteAsync(bomb, c.RequestAborted);
            });
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.UnreadablePage.Id, finding.RuleId);
        Assert.Equal(site.Url("/bomb.html").AbsoluteUri, finding.PageUrl);
        Assert.Contains("解压后超过 2 MB 的上限（疑似压缩炸弹）", finding.Message, StringComparison.Ordinal);
        Assert.Equal(PageReadProblem.InflatesTooFar.ToChinese(), finding.EvidenceValue(PageReadFindingFactory.ProblemEvidence));
    }

    [Fact]
    public async Task A_page_address_answered_with_plain_text_is_unreadable_but_files_are_not()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>首页</title><a href='/notice.html'>通知</a><a href='/readme.txt'>说明</a><a href='/download.jsp?id=1'>下载附件</a><a href='/data.xls'>数据</a>"));
            app.MapGet("/notice.html", () => Results.Text("<title>通知</title>", "text/plain; charset=utf-8"));
            app.MapGet("/readme.txt", () => Results.Text("说明", "text/plain; charset=utf-8"));
            app.MapGet("/download.jsp", () => Results.Bytes([1, 2, 3], "application/octet-stream"));
            app.MapGet("/data.xls", () => Results.Bytes([1, 2, 3], "application/vnd.ms-excel"));
        });

        var result = await Inspector().InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.UnreadablePage.Id, finding.RuleId);
        Assert.Equal(site.Url("/notice.html").AbsoluteUri, finding.PageUrl);
        Assert.Contains("内容类型为 text/plain", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_times_out_while_its_body_is_read_is_named_by_the_links_to_it()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/slow.html'>办件查询</a>"));
            app.MapGet("/slow.html", async (HttpContext c) =>
            {
                c.Response.ContentType = "text/html; charset=utf-8";
                await c.Response.Body.WriteAsync("<title>办件查询</title>"u8.ToArray(), c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            });
        });
        var options = FetchKit.FastOptions();
        options.MaxRetries = 0;

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        // The reader's link does not work: the finding is on the home page and names the page that never arrived.
        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkRules.Timeout.Id, finding.RuleId);
        Assert.Equal(site.Url("/slow.html").AbsoluteUri, finding.TargetUrl);
        Assert.Contains("访问超时", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.CrawledPages, p => p.EndsWith("/slow.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_attachment_is_a_finding_on_the_file_but_one_cut_at_our_own_cap_is_not()
    {
        var damaged = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Kids [");
        var large = Extraction.PdfFixtures.HandWrittenPdf(new string('a', 40_000), []);
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c, "<a href='/files/guide.pdf'>办事指南</a><a href='/files/large.pdf'>统计年鉴</a>"));
            app.MapGet("/files/guide.pdf", () => Results.Bytes(damaged, "application/pdf"));
            app.MapGet("/files/large.pdf", () => Results.Bytes(large, "application/pdf"));
        });
        var options = FetchKit.FastOptions();
        options.MaxAttachmentBytes = 16 * 1024;

        var result = await Inspector(options).InspectAsync(Site(site.BaseUri), null, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((LinkRules.DamagedAttachment.Id, Severity.General), (finding.RuleId, finding.Severity));
        Assert.Equal(site.Url("/files/guide.pdf").AbsoluteUri, finding.PageUrl);
        Assert.Equal($"附件 {finding.PageUrl} 无法打开：PDF文件已损坏或不完整，无法读取。公众下载后可能无法打开，附件中的链接本次未检查。", finding.Message);
        Assert.Equal("附件文件已损坏", finding.EvidenceValue(PageReadFindingFactory.ProblemEvidence));
        // The large file was cut by our own cap, not damaged: a note in the run record, no finding.
        Assert.Contains(result.Errors, e => e.Contains("large.pdf", StringComparison.Ordinal) && e.Contains("大小上限", StringComparison.Ordinal));
    }

    private static byte[] GzipOfZeros(int size)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}
