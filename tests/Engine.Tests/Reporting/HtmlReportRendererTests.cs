using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>The rendered page without a browser: escaping of hostile site content, time zone, trend chart.</summary>
public sealed class HtmlReportRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Hostile_text_is_encoded_and_never_becomes_markup_or_a_link()
    {
        const string script = "<script>alert(\"x\")</script>";
        const string breakout = "\"' onmouseover=\"alert(1)\" x='";
        var hostile = new Finding
        {
            RuleId = "link.invalid-url<b>",
            Severity = Severity.General,
            SiteId = "site\"><svg onload=alert(1)>",
            PageUrl = "javascript:alert(1)",
            TargetUrl = " JAVASCRIPT:alert('t')",
            Text = script,
            Message = breakout + "</td></tr></table><script>alert(2)</script>",
            Evidence = [new("context", "前文" + script + "后文"), new("</li><script>", "data:text/html,<script>alert(3)</script>")],
            Fingerprint = "f1",
            FirstSeen = Now,
            LastSeen = Now,
        };
        var linkToData = hostile with { PageUrl = "data:text/html;base64,PHNjcmlwdD4=", TargetUrl = "vbscript:msgbox", Fingerprint = "f2" };
        var resolved = hostile with { Status = FindingStatus.Resolved, ResolvedAt = Now, Fingerprint = "f3", PageUrl = "//evil.example/x" };

        var html = HtmlReportRenderer.Render(new ReportData(Now, null, [hostile, linkToData, resolved], []));
        var document = new HtmlDocument();
        document.LoadHtml(html);

        Assert.Single(HtmlDom.Parse(html).All("//script[not(@type)]"));
        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
        Assert.Null(document.DocumentNode.SelectNodes("//svg[@onload] | //*[@*[starts-with(name(), 'on')]] | //b"));
        Assert.Null(document.DocumentNode.SelectNodes("//*[@href]"));
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        var rows = HtmlDom.Parse(html).All("//tr[@data-rule]");
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal(hostile.Message, HtmlEntity.DeEntitize(row.SelectSingleNode("td[5]")!.InnerText));
            Assert.Equal(hostile.SiteId, HtmlEntity.DeEntitize(row.GetAttributeValue("data-site", string.Empty)));
        });
        Assert.Equal("前文" + script + "后文", HtmlEntity.DeEntitize(rows[0].SelectSingleNode("td[4]")!.InnerText));
        Assert.Equal(script, HtmlEntity.DeEntitize(rows[0].SelectSingleNode("td[4]/mark")!.InnerText));
    }

    [Fact]
    public void A_long_list_renders_its_first_page_as_rows_and_every_finding_in_the_data_block()
    {
        var findings = Enumerable.Range(0, 450).Select(i => new Finding
        {
            RuleId = i % 2 == 0 ? "link.http-404" : "typo.misspelling",
            Severity = i % 2 == 0 ? Severity.General : Severity.Serious,
            SiteId = "xian-zhengfu",
            PageUrl = $"https://xian-zhengfu.gov.cn/zwgk/art_{i:D4}.html",
            TargetUrl = i % 2 == 0 ? $"https://xian-zhengfu.gov.cn/fj/{i}.pdf" : null,
            Text = i % 2 == 0 ? $"附件{i}</script><script>alert(1)</script>" : "防讯",
            Message = $"第 {i} 条问题",
            Evidence = i % 2 == 0 ? [new("status", "404")] : [new("context", "做好防讯工作"), new("suggestion", "防汛")],
            Fingerprint = $"f{i}",
            FirstSeen = Now,
            LastSeen = Now,
        }).ToList();

        var html = HtmlReportRenderer.Render(new ReportData(Now, null, findings, []));
        var dom = HtmlDom.Parse(html);

        Assert.Equal(HtmlFindingList.PageSize, dom.OpenRowCount);
        Assert.Single(dom.All("//script[not(@type)]"));
        Assert.Contains("此处仅列出前 200 条（共 450 条）", dom.Node("//noscript").InnerText, StringComparison.Ordinal);
        Assert.Equal("第 1 / 3 页（每页 200 条）", dom.Node("//nav[@id='open-pager']/span").InnerText);
        var ordered = ReportFindingOrder.Open(findings);
        Assert.Equal(ordered.Take(HtmlFindingList.PageSize).Select(f => f.PageUrl), dom.All("//tr[@class='finding']/td[2]").Select(td => HtmlEntity.DeEntitize(td.InnerText)));

        // The data block holds every finding, in report order, its strings intact.
        using var json = System.Text.Json.JsonDocument.Parse(HtmlEntity.DeEntitize(dom.ById(ReportDataBlock.ElementId).InnerText));
        var root = json.RootElement;
        var strings = root.GetProperty("s").EnumerateArray().Select(e => e.GetString()!).ToList();
        var rows = root.GetProperty("open").EnumerateArray().ToList();
        Assert.Equal(450, rows.Count);
        Assert.Equal(ordered.Select(f => f.Message), rows.Select(r => strings[r[8].GetInt32()]));
        Assert.Equal(ordered.Select(f => f.PageUrl), rows.Select(r => strings[r[3].GetInt32()]));
        var link = rows.First(r => r[5].GetInt32() >= 0);
        Assert.Equal(strings[link[5].GetInt32()], strings[link[6].GetInt32()]);
        Assert.EndsWith("</script><script>alert(1)</script>", strings[link[7][1].GetInt32()], StringComparison.Ordinal);
        var typo = rows.First(r => r[5].GetInt32() < 0);
        Assert.Equal(-1, typo[6].GetInt32());
        Assert.Equal(["做好", "防讯", "工作"], typo[7].EnumerateArray().Where((_, i) => i % 2 == 1).Select(e => strings[e.GetInt32()]));
        Assert.Equal([0, 1, 0], typo[7].EnumerateArray().Where((_, i) => i % 2 == 0).Select(e => e.GetInt32()));
        // Repeated values are stored once: one date, one site, not 450 of each.
        Assert.Single(strings, s => s == "xian-zhengfu");
        Assert.Single(strings, s => s == HtmlTimeFormat.Beijing(Now));
        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.example.gov.cn/a?b=1&c=<2>", true)]
    [InlineData("http://127.0.0.1:8080/x", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/relative/path.html", false)]
    [InlineData("ftp://files.example/x", false)]
    [InlineData("", false)]
    public void Only_absolute_http_urls_become_links(string url, bool linked)
    {
        var markup = HtmlText.LinkOrText(url);

        Assert.Equal(linked, markup.StartsWith("<a ", StringComparison.Ordinal));
        Assert.DoesNotContain("<2>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_beijing_time_and_the_trend_shows_the_last_thirty_runs_with_title_and_description()
    {
        var runs = Enumerable.Range(0, 32)
            .Select(i => new RunRecord
            {
                RunId = $"r{i}",
                SiteId = "xian-zhengfu",
                Trigger = "timer",
                StartedAt = Now.AddDays(-i),
                FinishedAt = Now.AddDays(-i).AddMinutes(5),
                Status = i == 0 ? RunStatus.CompletedWithErrors : RunStatus.Succeeded,
                FindingsByRule = new Dictionary<string, int> { ["link.http-404"] = i, ["typo.misspelling"] = 1 },
            })
            .ToList();
        var data = new ReportData(Now, "xian-zhengfu", [], runs);

        var html = HtmlReportRenderer.Render(data);
        var document = new HtmlDocument();
        document.LoadHtml(html);

        Assert.Contains("生成时间：2026-11-27 00:30（北京时间）", html, StringComparison.Ordinal);
        Assert.Contains("政务公开网站检查报告：xian-zhengfu", document.DocumentNode.SelectSingleNode("//h1")!.InnerText, StringComparison.Ordinal);
        Assert.Contains("完成（部分页面出错）", html, StringComparison.Ordinal);
        // Run 0 has 1 finding, run 1 had 2: the newest run is better than the one before.
        Assert.Contains("减少 1 条", html, StringComparison.Ordinal);
        var svg = document.DocumentNode.SelectSingleNode("//svg[@role='img']")!;
        var labelledBy = svg.GetAttributeValue("aria-labelledby", string.Empty).Split(' ');
        Assert.Equal("title", document.GetElementbyId(labelledBy[0])!.Name);
        Assert.Equal("desc", document.GetElementbyId(labelledBy[1])!.Name);
        Assert.Contains("最近一次 1 条", document.GetElementbyId(labelledBy[1])!.InnerText, StringComparison.Ordinal);
        Assert.Equal(30, svg.SelectNodes("circle")?.Count);
        Assert.Equal(30, svg.SelectSingleNode("polyline")!.GetAttributeValue("points", string.Empty).Split(' ').Length);
        Assert.Contains("没有未整改问题。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_styles_use_a4_hide_the_filters_and_break_pages_between_sites()
    {
        var css = HtmlDom.Parse(HtmlReportRenderer.Render(new ReportData(Now, null, [], []))).Node("//style").InnerText;
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];

        Assert.Contains("@page { size: A4;", css, StringComparison.Ordinal);
        Assert.Contains(".filters, .count, .pager { display: none; }", print, StringComparison.Ordinal);
        Assert.Contains(".site-section + .site-section { break-before: page; }", print, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", print, StringComparison.Ordinal);
    }
}
