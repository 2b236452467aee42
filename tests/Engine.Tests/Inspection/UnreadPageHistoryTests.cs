using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using ComplianceFns.TestSupport.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>
/// Unread pages and the findings history (real Azurite): a page this run could not read resolves nothing on it, its
/// own finding keeps one identity across runs and retries, and it is resolved once the page is read again.
/// </summary>
public sealed class UnreadPageHistoryTests : IAsyncLifetime
{
    private readonly string _prefix = AzuriteStorage.NewTablePrefix();
    private TableFindingStore _store = null!;

    public enum PageMode
    {
        Normal,
        TooLarge,
        NotFoundNotice,
        Down,
    }

    public Task InitializeAsync()
    {
        _store = new TableFindingStore(AzuriteStorage.CreateTableServiceClient(), new StorageOptions { TablePrefix = _prefix });
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => AzuriteStorage.DeleteTablesWithPrefixAsync(_prefix);

    [Fact]
    public async Task A_page_that_cannot_be_read_keeps_the_findings_on_it_open_and_its_own_finding_resolves_when_it_is_read_again()
    {
        var mode = PageMode.Normal;
        await using var site = await Site(() => mode);
        var runner = Runner();
        var options = new SiteOptions { Id = "unread-history", StartUrls = [site.BaseUri.AbsoluteUri] };

        var first = await runner.RunAsync(options, "test", null, CancellationToken.None);
        var missing = Assert.Single(first.Result.Findings);
        Assert.Equal(LinkRules.Http404.Id, missing.RuleId);
        Assert.Equal(site.Url("/a.html").AbsoluteUri, missing.PageUrl);

        mode = PageMode.TooLarge;
        var unread = await runner.RunAsync(options, "test", null, CancellationToken.None);
        var again = await runner.RunAsync(options, "test", null, CancellationToken.None);

        var finding = Assert.Single(unread.Result.Findings);
        Assert.Equal(LinkRules.UnreadablePage.Id, finding.RuleId);
        Assert.Equal((1, 0, 1), (unread.Merge.New, unread.Merge.Resolved, unread.Merge.Unverified)); // the 404 on the unread page is not resolved
        Assert.Equal(RunStatus.CompletedWithErrors, unread.Run.Status);
        Assert.Contains(unread.Run.Errors, e => e.Contains("页面 " + site.Url("/a.html").AbsoluteUri + " 无法读取", StringComparison.Ordinal));
        Assert.Equal([finding.Fingerprint], again.Result.Findings.Select(f => f.Fingerprint));
        Assert.Equal((0, 1, 0), (again.Merge.New, again.Merge.StillOpen, again.Merge.Resolved));

        mode = PageMode.Normal;
        var read = await runner.RunAsync(options, "test", null, CancellationToken.None);

        Assert.Equal([finding.Fingerprint], read.Merge.ResolvedFingerprints);
        Assert.Equal((0, 1, 0), (read.Merge.New, read.Merge.StillOpen, read.Merge.Reopened));
        var stored = await _store.GetFindingsAsync(options.Id, null, CancellationToken.None);
        Assert.Equal(FindingStatus.Open, stored.Single(f => f.Fingerprint == missing.Fingerprint).Status);
        Assert.Equal(first.Result.StartedAt, stored.Single(f => f.Fingerprint == missing.Fingerprint).FirstSeen);
    }

    [Fact]
    public async Task A_page_that_became_a_not_found_notice_is_one_soft_404_and_what_was_on_it_is_resolved()
    {
        var mode = PageMode.Normal;
        await using var site = await Site(() => mode);
        var runner = Runner();
        var options = new SiteOptions { Id = "notice-history", StartUrls = [site.BaseUri.AbsoluteUri] };

        var first = await runner.RunAsync(options, "test", null, CancellationToken.None);
        mode = PageMode.NotFoundNotice;
        var notice = await runner.RunAsync(options, "test", null, CancellationToken.None);

        var soft = Assert.Single(notice.Result.Findings);
        Assert.Equal(LinkRules.SoftNotFound.Id, soft.RuleId);
        Assert.Equal(site.Url("/index.html").AbsoluteUri, soft.PageUrl);
        Assert.Equal([first.Result.Findings.Single().Fingerprint], notice.Merge.ResolvedFingerprints); // the page was read: it holds no link now
    }

    [Fact]
    public async Task An_unreachable_start_page_is_one_finding_across_runs_and_retries_and_resolves_when_the_site_answers_again()
    {
        var mode = PageMode.Normal;
        await using var site = await Site(() => mode);
        var runner = Runner();
        var options = new SiteOptions { Id = "start-history", StartUrls = [site.BaseUri.AbsoluteUri] };

        var first = await runner.RunAsync(options, "test", null, CancellationToken.None);
        mode = PageMode.Down;
        var down = await runner.RunAsync(options, "test", null, CancellationToken.None);
        var stillDown = await runner.RunAsync(options, "test", null, CancellationToken.None);

        var finding = Assert.Single(down.Result.Findings); // retried (500 is retried), still one finding
        Assert.Equal(LinkRules.StartPageUnreachable.Id, finding.RuleId);
        Assert.Contains("500（服务器内部错误），共尝试 2 次", finding.Message, StringComparison.Ordinal);
        Assert.Equal((1, 0, 1), (down.Merge.New, down.Merge.Resolved, down.Merge.Unverified));
        Assert.Equal(RunStatus.Failed, down.Run.Status);
        Assert.StartsWith("起始页面 " + site.BaseUri.AbsoluteUri + " 无法访问", down.Run.Errors[0], StringComparison.Ordinal);
        Assert.Equal((0, 1, 0), (stillDown.Merge.New, stillDown.Merge.StillOpen, stillDown.Merge.Resolved));

        // Back up, and now reached through a redirect to /index.html: the start URL itself was read.
        mode = PageMode.Normal;
        var back = await runner.RunAsync(options, "test", null, CancellationToken.None);

        Assert.Equal([finding.Fingerprint], back.Merge.ResolvedFingerprints);
        Assert.Equal((0, 1), (back.Merge.Reopened, back.Merge.StillOpen));
        Assert.Equal(first.Result.Findings.Select(f => f.Fingerprint), back.Result.Findings.Select(f => f.Fingerprint));
    }

    private InspectionRunner Runner() => new(new SiteInspector(Options(), new SystemHostResolver(), TimeProvider.System), _store);

    private static CrawlOptions Options()
    {
        var options = FetchKit.FastOptions();
        options.MaxRetries = 1;
        return options;
    }

    /// <summary>"/" redirects to the home page, which links to /a.html; /a.html links to a missing page and answers as <paramref name="mode"/> says.</summary>
    private static Task<LoopbackHttpServer> Site(Func<PageMode> mode) => LoopbackHttpServer.StartAsync(app =>
    {
        app.MapGet("/", () => mode() == PageMode.Down ? Results.StatusCode(500) : Results.Redirect("/index.html"));
        app.MapGet("/index.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>首页</title><a href='/a.html'>通知公告</a>"));
        app.MapGet("/a.html", (HttpContext c) => mode() switch
        {
            PageMode.TooLarge => LoopbackHttpServer.Html(c, "<title>通知公告</title><a href='/missing.html'>旧通知</a>" + new string(' ', 2 * 1024 * 1024)),
            PageMode.NotFoundNotice => LoopbackHttpServer.Html(c, "<title>页面不存在</title><h1>您访问的页面不存在</h1><a href='#top'>返回顶部</a>"),
            _ => LoopbackHttpServer.Html(c, "<title>通知公告</title><a href='/missing.html'>旧通知</a>"),
        });
    });
}
