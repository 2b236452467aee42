using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Browser;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// The report after an office imported its ledger: what it recorded in 整改情况, 无需整改 out of the open count and
/// listed in the resolved part with who, when and why, an office's 已整改 waiting for (or contradicted by) an inspection.
/// </summary>
public sealed class HtmlReportRectificationTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, Beijing);
    private static readonly DateTimeOffset Now = Monday.AddDays(2);

    private static readonly Finding InProgress = With(
        RectificationLedgerOfficeColumnsTests.Finding("link.http-404", Severity.General, "https://a.example.gov.cn/1.html", Monday),
        f => new FindingRectification { Assignee = "李娜", Measure = "更新链接地址", Status = RectificationStatus.InProgress, StatusVersion = FindingVersion.Of(f) });

    // Reported done on Monday evening; Tuesday's inspection still found it.
    private static readonly Finding Contradicted = With(
        RectificationLedgerOfficeColumnsTests.Finding("link.http-404", Severity.General, "https://a.example.gov.cn/2.html", Monday),
        f => new FindingRectification { Status = RectificationStatus.ClaimedDone, StatusVersion = FindingVersion.Of(f), StatusSetAt = Monday.AddHours(9) });

    // Reported done after the last inspection.
    private static readonly Finding Waiting = With(
        RectificationLedgerOfficeColumnsTests.Finding("link.http-404", Severity.General, "https://a.example.gov.cn/3.html", Monday),
        f => new FindingRectification { Status = RectificationStatus.ClaimedDone, StatusVersion = FindingVersion.Of(f), StatusSetAt = Monday.AddDays(1).AddHours(1) });

    private static readonly Finding Suppressed = With(
        RectificationLedgerOfficeColumnsTests.Finding("typo.organ-name", Severity.Serious, "https://a.example.gov.cn/4.html", Monday),
        f => new FindingRectification
        {
            Status = RectificationStatus.NoActionNeeded,
            NoActionReason = "引用的是历史文件原文，不作改动",
            StatusVersion = FindingVersion.Of(f),
            StatusSetAt = Monday.AddHours(10),
            StatusSetBy = "张伟",
        });

    private static readonly Finding Lapsed = With(
        RectificationLedgerOfficeColumnsTests.Finding("link.timeout", Severity.General, "https://a.example.gov.cn/5.html", Monday),
        _ => new FindingRectification { Status = RectificationStatus.NoActionNeeded, NoActionReason = "外部网站", StatusVersion = "0123456789abcdef" });

    private static readonly Finding Plain = RectificationLedgerOfficeColumnsTests.Finding("link.http-404", Severity.General, "https://a.example.gov.cn/6.html", Monday);

    private static readonly ReportData Data = new(Now, null, [InProgress, Contradicted, Waiting, Suppressed, Lapsed, Plain], []);

    [Fact]
    public void No_action_findings_leave_the_open_count_and_today_and_are_listed_with_who_when_and_why()
    {
        var dom = HtmlDom.Parse(HtmlReportRenderer.Render(Data));

        Assert.Equal(5, dom.Count("open-total"));
        Assert.Equal(0, dom.Count("severity:serious"));
        Assert.Equal(0, dom.Count("today-serious"));
        Assert.Equal(5, dom.OpenRowCount);
        Assert.DoesNotContain(dom.All("//tr[contains(concat(' ', @class, ' '), ' finding ')]"), r => r.InnerHtml.Contains(Suppressed.PageUrl, StringComparison.Ordinal));
        Assert.Equal("已整改和无需整改问题（已整改 0 条，无需整改 1 条）", HtmlEntity.DeEntitize(dom.Node("//details[@id='resolved']/summary").InnerText));
        Assert.Equal(1, dom.Count("suppressed"));
        var row = Assert.Single(dom.All("//section[@id='suppressed']//tr[@class='suppressed-finding']"));
        var cells = row.SelectNodes("td")!.Select(td => HtmlEntity.DeEntitize(td.InnerText)).ToList();
        Assert.Equal(Suppressed.PageUrl, cells[2]);
        Assert.Equal(["引用的是历史文件原文，不作改动", "张伟", "2025-06-02 19:00"], cells.Skip(4).Take(3));
    }

    [Fact]
    public void What_the_office_recorded_is_shown_in_its_own_column_and_done_waits_for_an_inspection()
    {
        var dom = HtmlDom.Parse(HtmlReportRenderer.Render(Data));

        Assert.Contains(dom.All("//th"), th => th.InnerText == "整改情况");
        Assert.Equal(["整改状态：整改中", "整改责任人：李娜", "整改措施：更新链接地址"], Lines(dom, InProgress.PageUrl));
        Assert.Equal(["整改状态：已报整改，但 2025-06-03 09:00 的检查仍发现该问题"], Lines(dom, Contradicted.PageUrl));
        Assert.Equal(["整改状态：已报整改，待下次检查确认"], Lines(dom, Waiting.PageUrl));
        Assert.Equal(["原登记状态：“无需整改”已失效（问题内容已变化，或经检查确认整改后再次出现，原理由：外部网站），请重新确认"], Lines(dom, Lapsed.PageUrl));
        Assert.Empty(Lines(dom, Plain.PageUrl));
    }

    [Fact]
    public void Without_any_record_the_report_has_no_rectification_column_and_the_resolved_part_keeps_its_title()
    {
        var data = new ReportData(Now, null, [Plain, Plain with { Status = FindingStatus.Resolved, ResolvedAt = Now, Fingerprint = "r" }], []);

        var dom = HtmlDom.Parse(HtmlReportRenderer.Render(data));

        Assert.DoesNotContain(dom.All("//th"), th => th.InnerText == "整改情况");
        Assert.Equal("已整改问题（1 条）", HtmlEntity.DeEntitize(dom.Node("//details[@id='resolved']/summary").InnerText));
        Assert.Empty(dom.All("//section[@id='suppressed']"));
    }

    [Fact]
    public void The_script_renders_the_rectification_column_as_the_page_does_and_searches_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            File.WriteAllText(path, HtmlReportRenderer.Render(Data));
            var dom = HtmlDom.Parse(HeadlessChromium.DumpDom(path, "#q=" + Uri.EscapeDataString("李娜")));

            var row = Assert.Single(dom.VisibleOpenRows);
            Assert.Contains(InProgress.PageUrl, row.InnerHtml, StringComparison.Ordinal);
            Assert.Equal(["整改状态：整改中", "整改责任人：李娜", "整改措施：更新链接地址"], Lines(dom, InProgress.PageUrl));
            Assert.Contains(dom.All("//table[contains(@class, 'findings')]//th"), th => th.InnerText == "整改情况");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The 整改情况 lines of the open row on <paramref name="page"/>: the cell under that header.</summary>
    private static List<string> Lines(HtmlDom dom, string page)
    {
        var row = dom.All("//tr[contains(concat(' ', @class, ' '), ' finding ')]").Single(r => r.InnerHtml.Contains(page + "\"", StringComparison.Ordinal) || r.InnerText.Contains(page, StringComparison.Ordinal));
        var headers = row.SelectSingleNode("ancestor::table[1]/thead/tr")!.SelectNodes("th")!.Select(th => th.InnerText).ToList();
        var index = headers.IndexOf("整改情况");
        if (index < 0)
        {
            return [];
        }

        return row.SelectNodes("td")![index].SelectNodes(".//li")?.Select(li => HtmlEntity.DeEntitize(li.InnerText)).ToList() ?? [];
    }

    private static Finding With(Finding finding, Func<Finding, FindingRectification> record) =>
        finding with { Rectification = record(finding) };
}
