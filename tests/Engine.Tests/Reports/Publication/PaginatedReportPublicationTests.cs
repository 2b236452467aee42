using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Reports.Publication;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>The publication checks read a report page split over two pages whole: its narrative is both pages'.</summary>
public sealed class PaginatedReportPublicationTests
{
    private const string Organ = "某某县统计局";

    // Two unrelated narratives: the 2023 report repeats 2022's first part word for word and adds a second page.
    private const string Copied =
        "本局认真贯彻落实政府信息公开条例，围绕统计数据质量提升开展政务公开工作，重点公开统计公报和统计调查制度，组织开展统计开放日活动，"
        + "及时回应社会关切，依法依规做好政府信息公开申请办理工作，进一步规范依申请公开的受理、审查、答复等环节。";

    private const string NewPart =
        "今年我们新建了基层统计数据共享平台，把乡镇街道的月度调查结果接入县级数据库，"
        + "同时开展第五次全国经济普查的宣传动员，印制通俗读本发放到企业和个体经营户，"
        + "并邀请人大代表政协委员走进普查现场座谈听取意见建议，逐条整改形成台账向社会公布。";

    private static string Page(string body, string pager = "") =>
        $"<html><head><meta charset=\"utf-8\"><title>{Organ}</title></head><body><div class=\"nav\">网站首页 政务公开</div>"
        + $"<h1>{Organ}政府信息公开工作年度报告</h1><div>发布时间：2024-01-20</div><div class=\"TRS_Editor\"><p>{body}</p></div>{pager}"
        + "<div class=\"bottom\">主办：某某县人民政府办公室 承办：某某县大数据发展中心</div></body></html>";

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

    private static Dictionary<string, string> Column(bool secondPage) => new Dictionary<string, string>
    {
        ["/tjj/ndbg/index.html"] = $"<html><body><ul><li><a href=\"2024/t20240120_2.html\">{Organ}2023年政府信息公开工作年度报告</a></li>"
            + $"<li><a href=\"2023/t20230120_1.html\">{Organ}2022年政府信息公开工作年度报告</a></li></ul></body></html>",
        ["/tjj/ndbg/2023/t20230120_1.html"] = Page(Copied),
        ["/tjj/ndbg/2024/t20240120_2.html"] = Page(Copied, "<div class=\"page\">共2页 第1页 <a href=\"t20240120_2_1.html\">下一页</a></div>"),
    }.Concat(secondPage
        ? [new("/tjj/ndbg/2024/t20240120_2_1.html", Page(NewPart, "<div class=\"page\">共2页 第2页 <a href=\"t20240120_2.html\">上一页</a></div>"))]
        : Array.Empty<KeyValuePair<string, string>>()).ToDictionary();

    private static async Task<PublicationOutcome> InspectAsync(LoopbackHttpServer server)
    {
        var site = new SiteOptions
        {
            Id = "county",
            StartUrls = [server.BaseUri.AbsoluteUri],
            Organs = [new OrganOptions { Name = Organ, AnnualReportColumnUrl = server.Url("/tjj/ndbg/index.html").AbsoluteUri, FirstYear = 2022 }],
        };
        var fetcher = new PublicationPageFetcher(FetchKit.Create().Follower, 1024 * 1024, 100);
        return await PublicationInspector.InspectAsync(site, [], fetcher, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
    }

    [Fact]
    public void Narrative_of_a_report_page_over_two_pages_is_both_pages_once()
    {
        var first = new Uri("http://127.0.0.1/tjj/ndbg/2024/t20240120_2.html");
        var second = new Uri(first, "t20240120_2_1.html");

        var page = ReportPageReader.Read(
            [(first, Page(Copied, "<div class=\"page\">共2页 第1页 下一页</div>")), (second, Page(NewPart, "<div class=\"page\">共2页 第2页 上一页</div>"))],
            new HashSet<string>());

        Assert.Equal(new DateOnly(2024, 1, 20), page.PublishedOn);
        Assert.StartsWith("某某县统计局政府信息公开工作年度报告本局认真贯彻", page.Narrative, StringComparison.Ordinal);
        Assert.Contains("今年我们新建了基层统计数据共享平台", page.Narrative, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(page.Narrative, "主办某某县人民政府办公室承办某某县大数据发展中心"));
        Assert.DoesNotContain("下一页", page.Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_page_counts_so_a_report_that_only_starts_like_last_years_is_no_copy()
    {
        await using var server = await Serve(Column(secondPage: true));

        var outcome = await InspectAsync(server);

        Assert.Contains(server.Url("/tjj/ndbg/2024/t20240120_2_1.html").AbsoluteUri, outcome.PagesRead);
        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == "P-DUPLICATE");
        Assert.Empty(outcome.Notes);
    }

    [Fact]
    public async Task Unreadable_second_page_is_named_and_the_first_page_is_checked_alone()
    {
        await using var server = await Serve(Column(secondPage: false));
        var report = server.Url("/tjj/ndbg/2024/t20240120_2.html").AbsoluteUri;
        var second = server.Url("/tjj/ndbg/2024/t20240120_2_1.html").AbsoluteUri;

        var outcome = await InspectAsync(server);

        Assert.Contains($"年报页面 {report}：第2页（{second}）无法读取（HTTP 404），以下核查仅基于前1页", outcome.Notes);
        Assert.DoesNotContain(second, outcome.PagesRead);
        // From its first page alone, the 2023 report is 2022's text.
        Assert.Contains(outcome.Findings, f => f.RuleId == "P-DUPLICATE");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
