using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Browser;
using ComplianceFns.TestSupport.Storage;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>The report rendered from a real store, opened in headless Chromium and checked through its DOM.</summary>
public sealed class HtmlReportBrowserTests(HtmlReportStoreFixture fixture) : IClassFixture<HtmlReportStoreFixture>
{
    [Fact]
    public void Counts_shown_match_the_store_for_every_severity_and_rule()
    {
        var dom = HtmlDom.Parse(HeadlessChromium.DumpDom(fixture.ReportPath));

        Assert.Equal("zh-CN", dom.Node("//html").GetAttributeValue("lang", string.Empty));
        Assert.Contains("政务公开网站检查报告：全部站点", dom.Node("//h1").InnerText, StringComparison.Ordinal);
        Assert.Equal(fixture.StoredOpen.Count, dom.Count("open-total"));
        foreach (var severity in new[] { Severity.Serious, Severity.General, Severity.Hint })
        {
            Assert.Equal(fixture.StoredOpen.Count(f => f.Severity == severity), dom.Count("severity:" + severity.ToToken()));
        }

        foreach (var rule in HtmlReportFindings.AllRules)
        {
            var stored = fixture.StoredOpen.Count(f => f.RuleId == rule.Id);
            Assert.True(stored > 0, $"test data lacks {rule.Id}");
            Assert.Equal(stored, dom.Count("rule:" + rule.Id));
            Assert.Contains(dom.All("//h3"), h => HtmlEntity.DeEntitize(h.InnerText).StartsWith(rule.ChineseName + "（", StringComparison.Ordinal));
        }

        Assert.Equal(fixture.StoredOpen.Count, dom.OpenRowCount);
        Assert.Equal((fixture.StoredOpen.Count, fixture.StoredOpen.Count), dom.ShownCount());
        Assert.Equal(fixture.StoredResolved.Count * 1, dom.All("//details[@id='resolved']//tr[contains(@class, 'resolved-finding')]").Count);
        Assert.False(dom.ById("resolved").Attributes.Contains("open"));
        Assert.Equal(6, fixture.StoredResolved.Count);
        foreach (var site in HtmlReportFindings.Sites)
        {
            Assert.Equal(3, dom.Count("fixed:" + site));
        }
    }

    [Fact]
    public void Severity_in_the_hash_shows_only_serious_rows_with_the_right_count()
    {
        var dom = HtmlDom.Parse(HeadlessChromium.DumpDom(fixture.ReportPath, "#severity=serious"));
        var expected = fixture.StoredOpen.Count(f => f.Severity == Severity.Serious);

        Assert.True(expected > 0);
        Assert.Equal(expected, dom.VisibleOpenRows.Count);
        Assert.All(dom.VisibleOpenRows, row => Assert.Equal("serious", row.GetAttributeValue("data-severity", string.Empty)));
        Assert.Equal((expected, fixture.StoredOpen.Count), dom.ShownCount());
        Assert.Equal("（筛选条件：严重程度“严重”）", FilterSummary(dom));
    }

    [Fact]
    public void Text_search_in_the_hash_shows_only_matching_rows()
    {
        const string query = "防讯";
        var dom = HtmlDom.Parse(HeadlessChromium.DumpDom(fixture.ReportPath, "#q=" + Uri.EscapeDataString(query)));
        var expected = fixture.StoredOpen
            .Where(f => new[] { f.Message, f.PageUrl, f.TargetUrl ?? string.Empty, f.Text ?? string.Empty }.Any(s => s.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .Select(f => f.PageUrl)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.InRange(expected.Count, 1, fixture.StoredOpen.Count - 1);
        Assert.Equal(expected, dom.VisibleOpenRows.Select(PageUrlOf).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expected.Count, dom.ShownCount().Shown);
        Assert.Equal($"（筛选条件：搜索“{query}”）", FilterSummary(dom));
    }

    [Fact]
    public void Rule_and_site_in_the_hash_combine_and_empty_groups_are_hidden()
    {
        var site = HtmlReportFindings.Sites[1];
        var dom = HtmlDom.Parse(HeadlessChromium.DumpDom(fixture.ReportPath, $"#rule=link.http-404&site={site}"));
        var expected = fixture.StoredOpen.Count(f => f.RuleId == "link.http-404" && f.SiteId == site);

        Assert.Equal(2, expected);
        Assert.Equal(expected, dom.VisibleOpenRows.Count);
        Assert.All(dom.VisibleOpenRows, row =>
        {
            Assert.Equal("link.http-404", row.GetAttributeValue("data-rule", string.Empty));
            Assert.Equal(site, row.GetAttributeValue("data-site", string.Empty));
        });
        Assert.Equal((expected, fixture.StoredOpen.Count), dom.ShownCount());
        var visibleGroups = dom.All("//div[contains(@class, 'rule-group')]").Where(g => !g.Attributes.Contains("hidden")).ToList();
        Assert.Equal($"（筛选条件：规则“链接失效（404）”，站点“{site}”）", FilterSummary(dom));
        Assert.Single(visibleGroups);
        Assert.Contains("链接失效（404）", visibleGroups[0].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_references_an_external_resource_and_hostile_text_stays_text()
    {
        var dom = HtmlDom.Parse(HeadlessChromium.DumpDom(fixture.ReportPath));

        var csp = dom.All("//meta[@http-equiv='Content-Security-Policy']");
        Assert.Single(csp);
        Assert.Equal(HtmlReportRenderer.ContentSecurityPolicy, csp[0].GetAttributeValue("content", string.Empty));
        // One script that runs, and one inert JSON data block it reads.
        Assert.Equal(2, dom.All("//script").Count);
        Assert.Single(dom.All("//script[not(@type)]"));
        Assert.Single(dom.All("//script[@type='application/json' and @id='report-data']"));
        Assert.Empty(dom.All("//script[@src] | //link | //iframe | //object | //embed | //img | //*[@src] | //*[@srcset]"));
        Assert.DoesNotContain("url(", string.Concat(dom.All("//style").Select(s => s.InnerText)), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(dom.All("//*[@*[starts-with(name(), 'on')]]"));

        var findingUrls = fixture.Data.Findings.SelectMany(f => new[] { f.PageUrl, f.TargetUrl }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var hrefs = dom.All("//*[@href]");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, node =>
        {
            Assert.Equal("a", node.Name);
            var href = HtmlEntity.DeEntitize(node.GetAttributeValue("href", string.Empty));
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"), href);
            Assert.Contains(href, findingUrls);
        });

        // The hostile link text arrives as text in its cell, and its javascript: target is no link.
        Assert.Contains(dom.All("//td"), td => HtmlEntity.DeEntitize(td.InnerText) == HtmlReportFindings.HostileText);
        Assert.Contains(dom.All("//td/span[@class='url']"), span => HtmlEntity.DeEntitize(span.InnerText) == HtmlReportFindings.HostileTarget);
    }

    [Fact]
    public void A_screenshot_is_saved_as_a_test_artefact()
    {
        var png = Path.Combine(AzuriteStorage.FindRepositoryRoot(), "artifacts", "test-screenshots", "html-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        File.Delete(png);

        HeadlessChromium.Screenshot(fixture.ReportPath, png);
        // The page itself next to its picture, to open by hand when the screenshot looks wrong.
        File.Copy(fixture.ReportPath, Path.ChangeExtension(png, ".html"), overwrite: true);

        var header = File.ReadAllBytes(png).AsSpan(0, 8).ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        Assert.True(new FileInfo(png).Length > 20_000, "a near-empty screenshot suggests the page did not render");
    }

    private static string FilterSummary(HtmlDom dom) => HtmlEntity.DeEntitize(dom.ById("filter-summary").InnerText);

    private static string PageUrlOf(HtmlNode row) => HtmlEntity.DeEntitize((row.SelectSingleNode("td[2]") ?? throw new Xunit.Sdk.XunitException("row without page cell")).InnerText);
}
