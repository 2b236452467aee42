using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Typos;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>
/// The own-organ typo check runs for a site configured only with its organs (as the Functions app is), taking the
/// first organ's name when OrganName is empty.
/// </summary>
public sealed class OwnOrganNameTests
{
    private const string Organ = "牛镇镇人民政府";

    [Fact]
    public async Task A_site_without_OrganName_checks_the_first_organs_name()
    {
        await using var site = await StartSiteAsync();
        var options = SiteWithOrgan(site, organName: null);

        var typo = Assert.Single(await TyposAsync(options));

        Assert.Equal("typo.own-organ-name", typo.RuleId);
        Assert.Equal(site.BaseUri.AbsoluteUri, typo.PageUrl);
    }

    [Fact]
    public async Task A_configured_OrganName_is_used_instead_of_the_first_organ()
    {
        await using var site = await StartSiteAsync();
        var options = SiteWithOrgan(site, organName: "某某县人民政府");

        Assert.DoesNotContain(await TyposAsync(options), f => f.RuleId == "typo.own-organ-name");
    }

    [Theory]
    [InlineData(null, Organ)]
    [InlineData("", Organ)]
    [InlineData("  ", Organ)]
    [InlineData("某某县人民政府", "某某县人民政府")]
    public void OwnOrganName_falls_back_to_the_first_organ_only_when_OrganName_is_blank(string? organName, string expected)
    {
        var options = new SiteOptions { OrganName = organName, Organs = [new() { Name = Organ }, new() { Name = "牛镇镇统计站" }] };

        Assert.Equal(expected, options.OwnOrganName());
    }

    [Fact]
    public void OwnOrganName_is_absent_without_a_name_or_organs()
    {
        Assert.Null(new SiteOptions().OwnOrganName());
    }

    private static Task<LoopbackHttpServer> StartSiteAsync() =>
        LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpContext c) => LoopbackHttpServer.Html(c,
                "<title>首页</title><p>牛镇镇人民正府召开会议，部署年度重点工作。</p><a href='/ndbg/index.html'>政府信息公开年报</a>"));
            app.MapGet("/ndbg/index.html", (HttpContext c) => LoopbackHttpServer.Html(c, "<title>政府信息公开年报</title><p>暂无内容。</p>"));
        });

    private static SiteOptions SiteWithOrgan(LoopbackHttpServer site, string? organName) => new()
    {
        Id = "t",
        StartUrls = [site.BaseUri.AbsoluteUri],
        OrganName = organName,
        Organs =
        [
            new()
            {
                Name = Organ,
                Level = OrganLevel.Township,
                Kind = OrganKind.Government,
                AnnualReportColumnUrl = new Uri(site.BaseUri, "/ndbg/index.html").AbsoluteUri,
            },
        ],
    };

    private static async Task<List<Rules.Findings.Finding>> TyposAsync(SiteOptions options)
    {
        var inspector = new SiteInspector(FetchKit.FastOptions(), new SystemHostResolver(), TimeProvider.System, TypoDetector.CreateDefault());
        var result = await inspector.InspectAsync(options, null, CancellationToken.None);
        return result.Findings.Where(f => f.RuleId.StartsWith("typo.", StringComparison.Ordinal)).ToList();
    }
}
