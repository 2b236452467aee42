using System.Text.Json;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Browser;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// The report driven like an admin drives it, through the DevTools protocol: typing into the search box, clicking a
/// severity, tabbing to the rule filter and changing it with the arrow key, paging; every network request is recorded.
/// </summary>
public sealed class HtmlReportInteractionTests(HtmlReportStoreFixture fixture) : IClassFixture<HtmlReportStoreFixture>
{
    private const string Ready = "document.documentElement.hasAttribute('data-ready-ms')";

    [Fact]
    public async Task Search_severity_and_rule_filters_respond_to_keyboard_and_mouse_and_nothing_is_fetched()
    {
        await using var browser = await DevToolsSession.LaunchAsync();
        var url = HeadlessChromium.FileUrl(fixture.ReportPath, null);
        await browser.NavigateAsync(url);
        await browser.WaitForScriptAsync(Ready);
        var open = fixture.StoredOpen;
        Assert.Equal(open.Count, await RowCount(browser));

        // Typed with key events; upper case, so the search must ignore case.
        const string query = "ART_10";
        await browser.ClickAsync("#filter-q");
        Assert.Equal("filter-q", await ActiveId(browser));
        await browser.TypeAsync(query);
        var searched = open.Where(f => Matches(f, query)).ToList();
        Assert.InRange(searched.Count, 1, open.Count - 1);
        await AssertShown(browser, searched, open.Count);

        await browser.ClickAsync("#filter-severity-general");
        var general = searched.Where(f => f.Severity == Severity.General).ToList();
        Assert.InRange(general.Count, 1, searched.Count - 1);
        await AssertShown(browser, general, open.Count);
        Assert.All(await RowAttribute(browser, "data-severity"), s => Assert.Equal("general", s));

        // From the severity radios, Tab reaches the rule list; the down arrow picks the first rule.
        await browser.PressKeyAsync("Tab");
        Assert.Equal("filter-rule", await ActiveId(browser));
        await browser.PressKeyAsync("ArrowDown");
        var firstRule = fixture.Data.Findings.Select(f => f.RuleId).Distinct().OrderBy(RuleCatalog.Order).First();
        Assert.Equal(firstRule, await browser.EvaluateStringAsync("document.getElementById('filter-rule').value"));
        var ruled = general.Where(f => f.RuleId == firstRule).ToList();
        Assert.InRange(ruled.Count, 1, general.Count - 1);
        await AssertShown(browser, ruled, open.Count);
        Assert.All(await RowAttribute(browser, "data-rule"), r => Assert.Equal(firstRule, r));
        Assert.Equal(
            $"（筛选条件：严重程度“一般”，规则“{RuleCatalog.ChineseName(firstRule)}”，搜索“{query}”）",
            await browser.EvaluateStringAsync("document.getElementById('filter-summary').textContent"));
        Assert.Equal($"#severity=general&rule={firstRule}&q={query}", await browser.EvaluateStringAsync("location.hash"));

        // Shift+Tab back to the severity radios, arrow to the next one (提示): no 404 is a hint, and the page says so.
        await browser.PressKeyAsync("Tab", shift: true);
        Assert.Equal("filter-severity-general", await ActiveId(browser));
        await browser.PressKeyAsync("ArrowDown");
        Assert.Equal("filter-severity-hint", await ActiveId(browser));
        await AssertShown(browser, [], open.Count);
        Assert.Equal("没有符合筛选条件的问题。", await browser.EvaluateStringAsync("document.getElementById('open-list').textContent"));

        // The reset button clears every filter; Chinese typed key by key searches the typo context too.
        await browser.ClickAsync("#filters button[type=reset]");
        await AssertShown(browser, open, open.Count);
        await browser.ClickAsync("#filter-q");
        await browser.TypeAsync("防讯");
        await AssertShown(browser, open.Where(f => Matches(f, "防讯")).ToList(), open.Count);

        Assert.Equal([url], browser.RequestedUrls());
    }

    [Fact]
    public async Task Pages_of_a_large_report_are_reached_with_the_keyboard_and_kept_in_the_hash()
    {
        using var report = LargeReportFile.Create();
        await using var browser = await DevToolsSession.LaunchAsync();
        var url = HeadlessChromium.FileUrl(report.Path, null);
        await browser.NavigateAsync(url);
        await browser.WaitForScriptAsync(Ready);
        var open = report.Open;
        var pageSize = ComplianceFns.Engine.Reporting.HtmlFindingList.PageSize;
        Assert.True(open.Count > 2 * pageSize, "the large report must span three pages");

        Assert.Equal(pageSize, await RowCount(browser));
        Assert.Equal($"第 1 / 3 页（每页 {pageSize} 条）", await PageStatus(browser));
        await browser.EvaluateAsync("document.querySelector('#open-pager [data-page=next]').focus()");
        await browser.PressKeyAsync("Enter");
        await browser.PressKeyAsync("Enter");
        Assert.Equal($"第 3 / 3 页（每页 {pageSize} 条）", await PageStatus(browser));
        Assert.Equal(open.Count - (2 * pageSize), await RowCount(browser));
        Assert.Equal("#page=3", await browser.EvaluateStringAsync("location.hash"));
        // The last page shows the last findings in report order, with every cell built from the data block.
        var shownPages = await RowCells(browser, 2);
        Assert.Equal(open.Skip(2 * pageSize).Select(f => f.PageUrl), shownPages);

        // A filter starts again at page 1.
        await browser.ClickAsync("#filter-severity-hint");
        var hints = open.Count(f => f.Severity == Severity.Hint);
        Assert.Equal(Math.Min(hints, pageSize), await RowCount(browser));
        Assert.Equal("#severity=hint", await browser.EvaluateStringAsync("location.hash"));
        Assert.Equal([url], browser.RequestedUrls());
    }

    internal static bool Matches(Finding finding, string query) =>
        new[] { finding.Message, finding.PageUrl, finding.TargetUrl ?? string.Empty, finding.Text ?? string.Empty, finding.EvidenceValue("context") ?? string.Empty }
            .Any(s => s.Contains(query, StringComparison.OrdinalIgnoreCase));

    private static async Task AssertShown(DevToolsSession browser, IReadOnlyCollection<Finding> expected, int total)
    {
        Assert.Equal(expected.Count, await RowCount(browser));
        Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await browser.EvaluateStringAsync("document.getElementById('shown-count').textContent"));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), await browser.EvaluateStringAsync("document.getElementById('total-count').textContent"));
        Assert.Equal(expected.Select(f => f.PageUrl).Order(StringComparer.Ordinal), (await RowCells(browser, 2)).Order(StringComparer.Ordinal));
    }

    private static Task<int> RowCount(DevToolsSession browser) => browser.EvaluateIntAsync("document.querySelectorAll('tr.finding').length");

    private static Task<string> ActiveId(DevToolsSession browser) => browser.EvaluateStringAsync("document.activeElement ? document.activeElement.id : ''");

    private static Task<string> PageStatus(DevToolsSession browser) => browser.EvaluateStringAsync("document.querySelector('#open-pager .page-status').textContent");

    private static async Task<IReadOnlyList<string>> RowAttribute(DevToolsSession browser, string name) =>
        (await browser.EvaluateAsync($"Array.from(document.querySelectorAll('tr.finding')).map(function (r) {{ return r.getAttribute('{name}'); }})"))
            .EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();

    private static async Task<IReadOnlyList<string>> RowCells(DevToolsSession browser, int column) =>
        (await browser.EvaluateAsync($"Array.from(document.querySelectorAll('tr.finding > td:nth-child({column})')).map(function (c) {{ return c.textContent; }})"))
            .EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
}
