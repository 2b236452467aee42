using System.Reflection;
using System.Text.RegularExpressions;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Browser;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// What an admin reads of the evidence, in headless Chromium at 1280 px and in the ledger, for findings the engine's own
/// factories made: Chinese values only, no engine identifier, a template link's pages summed up, no empty columns,
/// dates on one line.
/// </summary>
public sealed partial class HtmlReportEvidenceTests(RealEvidenceReportFixture fixture) : IClassFixture<RealEvidenceReportFixture>
{
    private const string Ready = "document.documentElement.hasAttribute('data-ready-ms')";

    /// <summary>Every name of every enum the engine and its rules declare (HttpNotFound, DocumentLink, Anchor, …).</summary>
    public static IReadOnlyList<string> EngineEnumNames() =>
        new[] { typeof(Finding).Assembly, typeof(ReportData).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task No_engine_identifier_appears_in_the_rendered_page_or_the_ledger()
    {
        var names = EngineEnumNames();
        Assert.Contains("HttpNotFound", names);
        Assert.Contains("DocumentLink", names);
        Assert.Contains("BlockedAddress", names);
        Assert.Contains("DocumentName", names);

        await using var browser = await DevToolsSession.LaunchAsync(width: 1280, height: 900);
        await browser.NavigateAsync(HeadlessChromium.FileUrl(fixture.ReportPath, null));
        await browser.WaitForScriptAsync(Ready);
        // The resolved part and every page of the list as an admin would open them.
        await browser.EvaluateAsync("document.getElementById('resolved').open = true");
        var page = await browser.EvaluateStringAsync("document.body.innerText");
        AssertNoIdentifier(names, page, "report page");

        using var ledger = new LedgerWorkbookReader(File.OpenRead(fixture.LedgerPath));
        foreach (var sheet in new[] { RectificationLedgerWriter.LedgerSheetName, RectificationLedgerWriter.NotesSheetName })
        {
            var cells = LedgerWorkbookReader.Rows(ledger.Sheet(sheet)).SelectMany(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(ledger.Text);
            AssertNoIdentifier(names, string.Join('\n', cells), "ledger sheet " + sheet);
        }

        // Nor the internal values: the typo's offset, the report's identity key, the detector's score.
        Assert.DoesNotContain("起始位置", page, StringComparison.Ordinal);
        Assert.DoesNotContain("年报标识", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"{RealEvidenceReportFixture.SiteName}|2024", page, StringComparison.Ordinal);
        Assert.DoesNotContain("相似度评分", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_is_chinese_and_a_template_link_lists_a_few_pages_and_counts_the_rest()
    {
        await using var browser = await DevToolsSession.LaunchAsync(width: 1280, height: 900);
        await browser.NavigateAsync(HeadlessChromium.FileUrl(fixture.ReportPath, null));
        await browser.WaitForScriptAsync(Ready);
        var evidence = (await browser.EvaluateAsync("Array.from(document.querySelectorAll('ul.evidence li')).map(function (li) { return li.textContent; })"))
            .EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Contains("失败类型：页面不存在（404）", evidence);
        Assert.Contains("链接位置：附件内链接", evidence);
        Assert.Contains("链接位置：图片", evidence);
        Assert.Contains("失败类型：指向内网或保留地址", evidence);
        Assert.Contains("访问次数：3 次", evidence);
        Assert.Contains("日期来源：网址中的日期", evidence);
        Assert.Contains("建议改为：四个自信", evidence);
        var shared = Assert.Single(evidence, e => e.StartsWith("出现页面：", StringComparison.Ordinal));
        Assert.EndsWith($"另有 {RealEvidenceReportFixture.SharedPages - ReportEvidence.ListedSharedPages} 个页面", shared, StringComparison.Ordinal);
        Assert.Equal(ReportEvidence.ListedSharedPages, Regex.Matches(shared, "https://").Count);
        // A 404 needs no separate status line: the failure's name says 404.
        Assert.DoesNotContain("状态码：404", evidence);
    }

    [Fact]
    public async Task A_rules_table_leaves_out_the_columns_its_findings_never_fill_and_dates_stay_on_one_line()
    {
        await using var browser = await DevToolsSession.LaunchAsync(width: 1280, height: 900);
        await browser.NavigateAsync(HeadlessChromium.FileUrl(fixture.ReportPath, null));
        await browser.WaitForScriptAsync(Ready);
        var headers = await browser.EvaluateAsync("""
            (function () {
              var byRule = {};
              document.querySelectorAll('#open-list table.findings').forEach(function (t) {
                var rule = t.querySelector('tr[data-rule]').getAttribute('data-rule');
                byRule[rule] = Array.from(t.tHead.rows[0].cells).map(function (c) { return c.textContent; });
              });
              return byRule;
            })()
            """);
        // A typo has no link target; a report-table finding has neither target nor link text; a broken link has all.
        Assert.DoesNotContain("链接目标", Headers(headers, "typo.political-formulation"));
        Assert.Contains("链接文字 / 问题文字", Headers(headers, "typo.political-formulation"));
        Assert.DoesNotContain("链接目标", Headers(headers, "P-DEADLINE"));
        Assert.DoesNotContain("链接文字 / 问题文字", Headers(headers, "P-DEADLINE"));
        Assert.Contains("链接目标", Headers(headers, "link.http-404"));
        Assert.Contains("证据", Headers(headers, "link.http-404"));
        // Every row has as many cells as its table has columns.
        Assert.Equal(0, await browser.EvaluateIntAsync("""
            Array.from(document.querySelectorAll('table.findings')).filter(function (t) {
              var n = t.tHead.rows[0].cells.length;
              return Array.from(t.tBodies[0].rows).some(function (r) { return r.cells.length !== n; });
            }).length
            """));

        // Every date on the page (today's block, the run table, both lists) is one line of text at 1280 px.
        var wrapped = await browser.EvaluateAsync("""
            (function () {
              var cells = Array.from(document.querySelectorAll('td.date')).filter(function (c) { return c.textContent.length > 0; });
              return { count: cells.length, wrapped: cells.filter(function (c) {
                var range = document.createRange();
                range.selectNodeContents(c);
                var tops = {};
                Array.from(range.getClientRects()).forEach(function (r) { tops[Math.round(r.top)] = true; });
                return Object.keys(tops).length !== 1;
              }).map(function (c) { return c.textContent; }) };
            })()
            """);
        Assert.True(wrapped.GetProperty("count").GetInt32() > fixture.StoredOpen.Count, "the page must show dates");
        Assert.Empty(wrapped.GetProperty("wrapped").EnumerateArray());
    }

    private static List<string> Headers(System.Text.Json.JsonElement byRule, string rule) =>
        byRule.GetProperty(rule).EnumerateArray().Select(e => e.GetString()!).ToList();

    private static void AssertNoIdentifier(IReadOnlyList<string> names, string text, string where)
    {
        // Addresses are the site's own words (a path may say anything); everything else must be the report's Chinese.
        var prose = WebAddress().Replace(text, " ");
        var found = names.Where(name => Regex.IsMatch(prose, $@"(?<![A-Za-z]){Regex.Escape(name)}(?![A-Za-z])")).ToList();
        Assert.True(found.Count == 0, $"{where} shows engine identifiers: {string.Join(", ", found)}");
    }

    [GeneratedRegex(@"(https?|file|ftp)://\S+|\S+\.(txt|html|docx|pdf)", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
