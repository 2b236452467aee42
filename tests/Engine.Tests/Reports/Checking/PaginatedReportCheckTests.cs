using System.Text;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Tests.Reports.Documents;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

/// <summary>check-report on a report page split over three pages (TRS: t…_123.html, t…_123_1.html, t…_123_2.html).</summary>
public sealed class PaginatedReportCheckTests
{
    private const string Folder = "/ndbg/202201/";

    private const string Stem = "t20220128_123";

    private static readonly ReportCheckRequest Request = new("reports-test");

    internal static string PathOf(int page) => page == 1 ? $"{Folder}{Stem}.html" : $"{Folder}{Stem}_{page - 1}.html";

    /// <summary>Serves the three pages, each with its TRS pager, except the pages in <paramref name="missing"/> (404).</summary>
    internal static Task<LoopbackHttpServer> ServeAsync(params int[] missing) =>
        LoopbackHttpServer.StartAsync(app =>
        {
            var parts = PagedReportHtmlFixture.Parts();
            for (var page = 1; page <= parts.Count; page++)
            {
                if (missing.Contains(page))
                {
                    continue;
                }

                var html = PagedReportHtmlFixture.Page(parts[page - 1], PagedReportHtmlFixture.TrsPager(Stem, page, parts.Count));
                app.MapGet(PathOf(page), (HttpContext context) => LoopbackHttpServer.Html(context, html));
            }
        });

    [Fact]
    public async Task Report_page_over_three_pages_is_checked_from_all_of_them()
    {
        await using var server = await ServeAsync();
        var service = ReportCheckSamples.Service();

        var paged = Assert.Single((await service.CheckAsync([ReportInput.FromUrl(server.Url(PathOf(1)))], Request, CancellationToken.None)).Results);
        var whole = Assert.Single((await service.CheckAsync(
            [ReportInput.FromFile("report.html", Encoding.UTF8.GetBytes(ReportHtmlFixture.Page()))], Request, CancellationToken.None)).Results);

        Assert.True(paged.Read, paged.ReadFailure?.ChineseMessage);
        Assert.Equal(DocumentKind.Html, paged.Kind);
        var report = paged.Outcome!.Report;
        Assert.False(report.DeclaredPartial);
        // Table 三 is on page 2 and table 四 on page 3; every section is found, none reported missing.
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Sections.Select(s => s.Ordinal));
        Assert.Equal(174, report.Table3!.Row("一")!.Values[6].Number);
        Assert.NotNull(report.Table4);
        Assert.DoesNotContain(paged.Findings, f => f.Message.Contains("缺少第", StringComparison.Ordinal));
        // The same issues and undecidable checks as the report read from one page.
        Assert.Equal(whole.Outcome!.Issues.Select(i => (i.RuleId, i.Message)), paged.Outcome.Issues.Select(i => (i.RuleId, i.Message)));
        Assert.Equal(whole.Outcome.Undecidable, paged.Outcome.Undecidable);
        Assert.Contains("该网页年报分3页发布，已读取全部3页合并核查", report.Notes);
        Assert.All([1, 2, 3], page => Assert.Equal(1, server.CountOf("GET", PathOf(page))));
    }

    [Fact]
    public async Task Unreadable_second_page_leaves_a_partial_check_of_the_first_naming_the_page()
    {
        await using var server = await ServeAsync(missing: 2);
        var second = server.Url(PathOf(2));

        var result = Assert.Single((await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromUrl(server.Url(PathOf(1)))], Request, CancellationToken.None)).Results);

        Assert.True(result.Read, result.ReadFailure?.ChineseMessage);
        var report = result.Outcome!.Report;
        Assert.Contains($"第2页（{second.AbsoluteUri}）无法读取（服务器返回 HTTP 404），以下核查仅基于前1页", report.Notes);
        // Read from page 1 only, as a partial copy: what lies beyond it is 不可判定, never missing.
        Assert.True(report.DeclaredPartial);
        Assert.Equal([1, 2], report.Sections.Select(s => s.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("缺少第", StringComparison.Ordinal));
        Assert.Contains(result.Outcome.Undecidable, u => u.RuleId == "S-SECTIONS");
        Assert.Equal(0, server.CountOf("GET", PathOf(3)));
    }

    [Fact]
    public async Task Pager_leading_back_to_the_first_page_ends_the_reading()
    {
        // ?page=2 links 下一页 to ?page=1, which the server answers with the first page again.
        var parts = PagedReportHtmlFixture.Parts();
        var first = PagedReportHtmlFixture.Page(parts[0], """<div class="page">第1页 <a href="report.html?page=2">下一页</a></div>""");
        var second = PagedReportHtmlFixture.Page(parts[1], """<div class="page">第2页 <a href="report.html?page=1">下一页</a></div>""");
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/ndbg/report.html", (HttpContext context) =>
                LoopbackHttpServer.Html(context, context.Request.Query["page"] == "2" ? second : first)));

        var check = ReportCheckSamples.Service().CheckAsync([ReportInput.FromUrl(server.Url("/ndbg/report.html"))], Request, CancellationToken.None);
        var result = Assert.Single((await check.WaitAsync(TimeSpan.FromSeconds(30))).Results);

        Assert.True(result.Read, result.ReadFailure?.ChineseMessage);
        Assert.Equal([1, 2, 3], result.Outcome!.Report.Sections.Select(s => s.Ordinal));
        Assert.Contains("该网页年报分2页发布，已读取全部2页合并核查", result.Outcome.Report.Notes);
        Assert.Equal(
            ["GET /ndbg/report.html", "GET /ndbg/report.html?page=2", "GET /ndbg/report.html?page=1"],
            server.Requests);
    }
}
