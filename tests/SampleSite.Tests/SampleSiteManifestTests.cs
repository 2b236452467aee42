using System.Text;
using ComplianceFns.Rules.Links;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.SampleSite.Tests;

public sealed class SampleSiteManifestTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string FooterTarget = "/hdjl/zxzx/index.html";

    [Fact]
    public void Every_link_rule_has_a_planted_defect_and_every_defect_names_a_real_rule()
    {
        IReadOnlyList<ExpectedDefect> defects = [.. site.Server.ExpectedDefects(), .. site.Server.ExpectedUnreadablePages()];

        // The sample site's start page works: an unreachable start page is tested against hostile servers instead.
        var ruleIds = LinkRules.All.Where(r => r != LinkRules.StartPageUnreachable).Select(r => r.Id).ToHashSet();

        Assert.Subset(ruleIds, defects.Select(d => d.RuleId).ToHashSet());
        Assert.Subset(defects.Select(d => d.RuleId).ToHashSet(), ruleIds);
    }

    [Fact]
    public void Defect_keys_are_unique_and_only_the_footer_link_is_a_template_link()
    {
        var defects = site.Server.ExpectedDefects();

        Assert.Equal(defects.Count, defects.Select(d => d.Key).Distinct().Count());
        var template = Assert.Single(defects, d => d.IsTemplateLink);
        Assert.Equal(("link.http-404", "/", site.Url(FooterTarget).AbsoluteUri), (template.RuleId, template.PagePath, template.Target));
    }

    [Fact]
    public void Network_level_targets_point_at_the_auxiliary_listeners_and_reserved_names()
    {
        var byKey = site.Server.ExpectedDefects().ToDictionary(d => d.Key);

        Assert.Equal($"http://127.0.0.1:{site.Server.RefusedPort}/", byKey["connection-refused"].Target);
        Assert.Equal(site.Server.TlsBaseUri.AbsoluteUri, byKey["tls-failure"].Target);
        Assert.StartsWith("https://127.0.0.1:", byKey["tls-failure"].Target);
        Assert.Equal("http://nonexistent.invalid/", byKey["dns-failure"].Target);
        Assert.Equal("http://10.255.255.1/", byKey["private-address-10"].Target);
        Assert.Equal("http://169.254.169.254/latest/meta-data/", byKey["private-address-metadata"].Target);
        Assert.Equal("http://exa mple.com/", byKey["invalid-url"].Target);
        Assert.NotEqual(site.Server.BaseUri.Port, site.Server.RefusedPort);
        Assert.NotEqual(site.Server.BaseUri.Port, site.Server.TlsBaseUri.Port);
    }

    [Fact]
    public async Task Each_page_defect_is_linked_from_its_documented_page()
    {
        foreach (var defect in site.Server.ExpectedDefects().Where(d => !d.PagePath.EndsWith(".pdf") && !d.PagePath.EndsWith(".docx")))
        {
            var html = await site.Raw.GetStringAsync(site.Url(defect.PagePath));
            var resolved = HtmlLinks.Hrefs(html)
                .Select(h => Uri.TryCreate(site.Server.BaseUri, h, out var u) && !h.Contains(' ') && u.Scheme is "http" or "https" ? u.AbsoluteUri : h);
            Assert.True(resolved.Contains(defect.Target), $"{defect.Key}: {defect.PagePath} does not link to {defect.Target}");
        }
    }

    [Fact]
    public async Task Every_static_page_renders_all_markers_and_carries_the_shared_footer_link()
    {
        var gbk = Encoding.GetEncoding("GBK");
        var pages = site.Server.ExpectedDefects().Select(d => d.PagePath)
            .Concat(SampleSiteManifest.HealthyTrickyPaths.Where(p => p.EndsWith(".html")))
            .Concat(["/", "/xxgk/index.html", "/xxgk/zn/index.html", "/xxgk/zd/index.html", "/xxgk/fdzdgknr/index.html",
                "/xxgk/ndbg/index.html", "/tzgg/index.html", "/zcwj/index.html", "/bmfw/index.html", "/about/wzdt.html",
                "/xxgk/fdzdgknr/ldxx/index.html", SampleSiteManifest.RobotsExcludedPagePath])
            .Where(p => !p.EndsWith(".pdf") && !p.EndsWith(".docx"))
            .Distinct();

        foreach (var path in pages)
        {
            using var response = await site.Raw.GetAsync(site.Url(path));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var html = path.StartsWith("/legacy/") ? gbk.GetString(bytes) : Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("{{", html);
            Assert.DoesNotContain("#include", html);
            Assert.Contains($"href=\"{FooterTarget}\"", html);
            Assert.Contains("某某县人民政府", html);
        }
    }

    [Fact]
    public void Excluded_urls_cover_every_trap_and_the_robots_case()
    {
        var urls = SampleSiteManifest.NotReportedUrls(site.Server.BaseUri);
        var robots = SampleSiteManifest.RobotsExcludedDefect(site.Server.BaseUri);

        Assert.Equal(SampleSiteManifest.TrapPaths.Count + 2, urls.Count);
        Assert.Contains(robots.Target, urls);
        Assert.Contains(site.Url("/calendar?year=2024&month=6").AbsoluteUri, urls);
        Assert.All(urls, u => Assert.StartsWith(site.Server.BaseUri.AbsoluteUri, u));
        Assert.DoesNotContain(site.Server.ExpectedDefects(), d => urls.Contains(d.Target));
        Assert.DoesNotContain(site.Server.ExpectedDefects(), d => SampleSiteManifest.HealthyTrickyUrls(site.Server.BaseUri).Contains(d.Target));
    }
}
