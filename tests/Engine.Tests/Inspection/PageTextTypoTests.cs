using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Typos;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

public sealed class PageTextTypoTests
{
    [Fact]
    public async Task Only_text_a_reader_sees_is_checked_and_outdated_names_follow_the_page_date()
    {
        await using var site = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>首页</title><script>var s='布署';</script><style>.x{content:'布署'}</style>" +
                "<div hidden>做好防讯工作</div><p>发布时间：2024-03-01</p><p>经市国土资源局审核同意。</p><a href='/old.html'>旧文</a>"));
            app.MapGet("/old.html", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>旧文</title><p>发布日期：2015年3月1日</p><p>经市国土资源局审核同意。</p>"));
        });
        var inspector = new SiteInspector(FetchKit.FastOptions(), new SystemHostResolver(), TimeProvider.System, TypoDetector.CreateDefault());

        var result = await inspector.InspectAsync(new() { Id = "t", StartUrls = [site.BaseUri.AbsoluteUri] }, null, CancellationToken.None);

        var typos = result.Findings.Where(f => f.RuleId.StartsWith("typo.", StringComparison.Ordinal)).ToList();
        var outdated = Assert.Single(typos);
        Assert.Equal("typo.outdated-name", outdated.RuleId);
        Assert.Equal(site.BaseUri.AbsoluteUri, outdated.PageUrl); // dated 2024; the 2015 page rightly uses the old name
    }
}
