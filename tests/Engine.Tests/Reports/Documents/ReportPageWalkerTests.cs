using ComplianceFns.Engine.Reports.Documents;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class ReportPageWalkerTests
{
    private static readonly Uri First = new("http://www.example.gov.cn/ndbg/t20220128_123.html");

    private static Uri Nth(int page) => page == 1 ? First : new Uri(First, $"t20220128_123_{page - 1}.html");

    private static string Html(int page, string pager) => $"<html><body><h1>年度报告</h1><p>第{page}页的正文</p>{pager}</body></html>";

    private static string Next(int page) => $"<div class=\"page\"><a href=\"{Nth(page).AbsoluteUri}\">下一页</a></div>";

    /// <summary>A fetcher over fixed pages: a missing address is a 404; every request is recorded.</summary>
    private sealed class FakeSite(Dictionary<Uri, string?> pages)
    {
        public List<Uri> Requested { get; } = [];

        public Task<ReportPageFetch> FetchAsync(Uri url, CancellationToken cancellationToken)
        {
            Requested.Add(url);
            return Task.FromResult(pages.TryGetValue(url, out var html)
                ? new ReportPageFetch(url, html, null)
                : new ReportPageFetch(url, null, "服务器返回 HTTP 404"));
        }
    }

    [Fact]
    public async Task Every_page_is_read_in_order_until_the_pager_ends()
    {
        var site = new FakeSite(new() { [Nth(2)] = Html(2, Next(3)), [Nth(3)] = Html(3, string.Empty) });

        var pages = await ReportPageWalker.ReadAsync(First, Html(1, Next(2)), site.FetchAsync, long.MaxValue, CancellationToken.None);

        Assert.Equal([First, Nth(2), Nth(3)], pages.Pages.Select(p => p.Url));
        Assert.Null(pages.Gap);
        Assert.Equal("该网页年报分3页发布，已读取全部3页合并核查", pages.Note);
    }

    [Fact]
    public async Task An_unreadable_page_ends_the_reading_and_is_named()
    {
        var site = new FakeSite(new() { [Nth(3)] = Html(3, string.Empty) });

        var pages = await ReportPageWalker.ReadAsync(First, Html(1, Next(2)), site.FetchAsync, long.MaxValue, CancellationToken.None);

        Assert.Single(pages.Pages);
        Assert.True(pages.Partial);
        Assert.Equal($"第2页（{Nth(2).AbsoluteUri}）无法读取（服务器返回 HTTP 404），以下核查仅基于前1页", pages.Gap);
        Assert.Equal([Nth(2)], site.Requested);
    }

    [Fact]
    public async Task A_page_that_is_not_html_ends_the_reading_and_is_named()
    {
        var site = new FakeSite(new() { [Nth(2)] = Html(2, Next(3)), [Nth(3)] = null });

        var pages = await ReportPageWalker.ReadAsync(First, Html(1, Next(2)), site.FetchAsync, long.MaxValue, CancellationToken.None);

        Assert.Equal(2, pages.Pages.Count);
        Assert.Equal($"第3页（{Nth(3).AbsoluteUri}）不是网页，无法作为年报的一页读取，以下核查仅基于前2页", pages.Gap);
    }

    [Fact]
    public async Task A_pager_looping_back_stops_without_reading_a_page_twice()
    {
        // Page 3's 下一页 leads back to page 2.
        var site = new FakeSite(new() { [Nth(2)] = Html(2, Next(3)), [Nth(3)] = Html(3, Next(2)) });

        var pages = await ReportPageWalker.ReadAsync(First, Html(1, Next(2)), site.FetchAsync, long.MaxValue, CancellationToken.None);

        Assert.Equal([First, Nth(2), Nth(3)], pages.Pages.Select(p => p.Url));
        Assert.Null(pages.Gap);
        Assert.Equal([Nth(2), Nth(3)], site.Requested);
    }

    [Fact]
    public async Task Pages_beyond_the_cap_are_not_requested_and_the_cut_is_named()
    {
        var chain = Enumerable.Range(2, 30).ToDictionary(Nth, page => (string?)Html(page, Next(page + 1)));
        var site = new FakeSite(chain);

        var pages = await ReportPageWalker.ReadAsync(First, Html(1, Next(2)), site.FetchAsync, long.MaxValue, CancellationToken.None);

        Assert.Equal(ReportPageWalker.MaxPages, pages.Pages.Count);
        Assert.Equal(ReportPageWalker.MaxPages - 1, site.Requested.Count);
        Assert.Equal($"该网页年报超过20页，第21页（{Nth(21).AbsoluteUri}）起未读取，以下核查仅基于前20页", pages.Gap);
    }

    [Fact]
    public async Task Pages_over_the_size_limit_together_end_the_reading()
    {
        var site = new FakeSite(new() { [Nth(2)] = Html(2, Next(3)) + new string(' ', 1000) });
        var first = Html(1, Next(2));

        var pages = await ReportPageWalker.ReadAsync(First, first, site.FetchAsync, first.Length + 500, CancellationToken.None);

        Assert.Single(pages.Pages);
        Assert.Equal($"各页合计超过大小上限，第2页（{Nth(2).AbsoluteUri}）起未读取，以下核查仅基于前1页", pages.Gap);
    }
}
