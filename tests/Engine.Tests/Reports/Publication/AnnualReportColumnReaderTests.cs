using ComplianceFns.Engine.Reports.Publication;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>Column pagination on a loopback server: script pagers, truncated titles, missing pages and the page budget.</summary>
public sealed class AnnualReportColumnReaderTests
{
    private static readonly string[] Organ = ["某某县统计局"];

    private static string Page(string body) => $"<html><head><meta charset=\"utf-8\"><title>政府信息公开年报</title></head><body><div class=\"nav\">网站首页</div>{body}</body></html>";

    private static string Item(int year, string path, bool truncated = false)
    {
        var title = $"某某县统计局{year}年政府信息公开工作年度报告";
        return $"<li><a href=\"{path}\" title=\"{title}\">{(truncated ? title[..12] + "…" : title)}</a></li>";
    }

    private static Task<LoopbackHttpServer> Serve(Dictionary<string, string> pages) =>
        LoopbackHttpServer.StartAsync(app => app.MapFallback("/{**path}", async (HttpContext context) =>
        {
            if (pages.TryGetValue(context.Request.Path.Value ?? "/", out var html))
            {
                await LoopbackHttpServer.Html(context, html);
                return;
            }

            context.Response.StatusCode = 404;
        }));

    private static PublicationPageFetcher Fetcher(int budget = 100) =>
        new(FetchKit.Create().Follower, 1024 * 1024, budget);

    [Fact]
    public async Task A_script_pager_announces_pages_that_are_read_and_truncated_titles_are_taken_from_the_title_attribute()
    {
        await using var server = await Serve(new()
        {
            ["/tjj/ndbg/index.html"] = Page($"<ul>{Item(2024, "/tjj/ndbg/2024.html", truncated: true)}</ul><script>createPageHTML(3, 0, \"index\", \"html\");</script>"),
            ["/tjj/ndbg/index_1.html"] = Page($"<ul>{Item(2023, "/tjj/ndbg/2023.html")}</ul>"),
            ["/tjj/ndbg/index_2.html"] = Page($"<ul>{Item(2022, "/tjj/ndbg/2022.html")}<li><a href=\"/tjj/bb.html\">某某县统计局2022年政府网站工作年度报表</a></li></ul>"),
        });

        var listing = await AnnualReportColumnReader.ReadAsync(server.Url("/tjj/ndbg/index.html").AbsoluteUri, Organ, Fetcher(), CancellationToken.None);

        Assert.True(listing.IsComplete, listing.Error);
        Assert.Equal([2024, 2023, 2022], listing.Entries.Select(e => e.Year));
        Assert.Equal("某某县统计局2024年政府信息公开工作年度报告", listing.Entries[0].Title);
        Assert.Equal(3, listing.PagesRead.Count);
        Assert.Contains("网站首页", listing.TemplateLines);
    }

    [Fact]
    public async Task A_stated_page_that_cannot_be_read_makes_the_listing_incomplete()
    {
        await using var server = await Serve(new()
        {
            ["/tjj/ndbg/index.html"] = Page($"<ul>{Item(2024, "/tjj/ndbg/2024.html")}</ul><div>共2页</div>"),
        });

        var listing = await AnnualReportColumnReader.ReadAsync(server.Url("/tjj/ndbg/index.html").AbsoluteUri, Organ, Fetcher(), CancellationToken.None);

        Assert.False(listing.IsComplete);
        Assert.Contains("index_1.html", listing.Error);
        Assert.Contains("HTTP 404", listing.Error);
        Assert.Single(listing.Entries);
    }

    [Fact]
    public async Task The_page_budget_stops_the_reader_before_it_requests_more()
    {
        await using var server = await Serve(new()
        {
            ["/tjj/ndbg/index.html"] = Page($"<ul>{Item(2024, "/tjj/ndbg/2024.html")}</ul><a href=\"index_1.html\">下一页</a>"),
            ["/tjj/ndbg/index_1.html"] = Page($"<ul>{Item(2023, "/tjj/ndbg/2023.html")}</ul>"),
        });

        var listing = await AnnualReportColumnReader.ReadAsync(server.Url("/tjj/ndbg/index.html").AbsoluteUri, Organ, Fetcher(budget: 1), CancellationToken.None);

        Assert.False(listing.IsComplete);
        Assert.Contains("页面预算已用完", listing.Error);
        Assert.Equal(0, server.CountOf("GET", "/tjj/ndbg/index_1.html"));
    }
}
