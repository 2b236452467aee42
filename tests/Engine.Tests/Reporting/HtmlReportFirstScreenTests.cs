using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Browser;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// The report's first screen in headless Chromium at 1280 px, from a store with 严重 findings, two site inspections
/// and an annual-report check between them: today's work comes first, named by the site's configured name.
/// </summary>
public sealed class HtmlReportFirstScreenTests(RealEvidenceReportFixture fixture) : IClassFixture<RealEvidenceReportFixture>
{
    private const string Ready = "document.documentElement.hasAttribute('data-ready-ms')";

    [Fact]
    public async Task The_first_finding_on_screen_is_serious_and_todays_block_lists_every_open_serious_finding()
    {
        await using var browser = await DevToolsSession.LaunchAsync(width: 1280, height: 900);
        await browser.NavigateAsync(HeadlessChromium.FileUrl(fixture.ReportPath, null));
        await browser.WaitForScriptAsync(Ready);
        var serious = fixture.StoredOpen.Where(f => f.Severity == Severity.Serious).ToList();
        Assert.True(serious.Count >= 3, "the store must hold several 严重 findings");

        // The first row carrying a severity, in layout order, is 严重 and on the first screen.
        var first = await browser.EvaluateAsync("""
            (function () {
              var rows = Array.from(document.querySelectorAll('tr[data-severity]'))
                .filter(function (r) { return r.getBoundingClientRect().height > 0; })
                .sort(function (a, b) { return a.getBoundingClientRect().top - b.getBoundingClientRect().top; });
              return { severity: rows[0].getAttribute('data-severity'), top: rows[0].getBoundingClientRect().top, screen: innerHeight };
            })()
            """);
        Assert.Equal("serious", first.GetProperty("severity").GetString());
        Assert.True(first.GetProperty("top").GetDouble() < first.GetProperty("screen").GetDouble(), "the first 严重 finding must be on the first screen");

        // 今日必改 comes before everything else and lists every open 严重 finding: its rule, page, site name and date.
        Assert.Equal("today", await browser.EvaluateStringAsync("document.querySelector('main > section').id"));
        var listed = await browser.EvaluateAsync("""
            Array.from(document.querySelectorAll('#today-serious tr.today-finding')).map(function (r) {
              return [r.getAttribute('data-rule'), r.cells[2].textContent, r.cells[1].textContent, r.cells[4].textContent];
            })
            """);
        var rows = listed.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();
        Assert.Equal(
            serious.Select(f => (f.RuleId, f.PageUrl)).Order().ToList(),
            rows.Select(r => (r[0], r[1])).Order().ToList());
        Assert.All(rows, r => Assert.Equal(RealEvidenceReportFixture.SiteName, r[2]));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", r[3]));

        // Then what the latest inspection found for the first time (not 严重): exactly the one new finding.
        var fresh = await browser.EvaluateAsync("""
            Array.from(document.querySelectorAll('#today-new tr.today-finding')).map(function (r) { return r.cells[2].textContent; })
            """);
        Assert.Equal(new List<string> { fixture.NewFinding.PageUrl }, fresh.EnumerateArray().Select(e => e.GetString()!).ToList());
    }

    [Fact]
    public async Task Site_inspections_are_compared_with_site_inspections_and_the_site_is_named_by_its_configuration()
    {
        await using var browser = await DevToolsSession.LaunchAsync(width: 1280, height: 900);
        await browser.NavigateAsync(HeadlessChromium.FileUrl(fixture.ReportPath, null));
        await browser.WaitForScriptAsync(Ready);

        Assert.Equal($"政务公开网站检查报告：{RealEvidenceReportFixture.SiteName}", await browser.EvaluateStringAsync("document.querySelector('h1').textContent"));
        Assert.DoesNotContain(RealEvidenceReportFixture.SiteId, await browser.EvaluateStringAsync("document.body.innerText"), StringComparison.Ordinal);

        // The inspection row says how it compares with the inspection before (2 fewer), not with the report check between.
        var inspection = await browser.EvaluateStringAsync("document.querySelector('tr[data-run-kind=\"inspection\"]').innerText");
        Assert.Contains("网站检查", inspection, StringComparison.Ordinal);
        Assert.Contains("减少 2 条", inspection, StringComparison.Ordinal);
        var check = await browser.EvaluateStringAsync("document.querySelector('tr[data-run-kind=\"report-check\"]').innerText");
        Assert.Contains("年报核查", check, StringComparison.Ordinal);
        Assert.Contains("首次检查", check, StringComparison.Ordinal);

        // The trend charts site inspections only (two points) and its axis ends read differently.
        Assert.Equal(1, await browser.EvaluateIntAsync("document.querySelectorAll('svg.trend').length"));
        Assert.Equal(2, await browser.EvaluateIntAsync("document.querySelectorAll('svg.trend circle').length"));
        var labels = await browser.EvaluateAsync("Array.from(document.querySelectorAll('svg.trend text.axis-label')).map(function (t) { return t.textContent; })");
        var axis = labels.EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(2, axis.Count);
        Assert.NotEqual(axis[0], axis[1]);
    }
}
