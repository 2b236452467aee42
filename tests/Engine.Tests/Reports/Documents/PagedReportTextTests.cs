using ComplianceFns.Engine.Reports.Documents;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

public sealed class PagedReportTextTests
{
    [Fact]
    public void Three_pages_join_to_the_sample_text_with_the_template_once_and_no_pager()
    {
        var parts = PagedReportHtmlFixture.Parts();
        var pages = parts.Select((part, i) => PagedReportHtmlFixture.Page(part, PagedReportHtmlFixture.TrsPager("t20220128_123", i + 1, 3))).ToList();

        var (text, title) = PagedReportText.Read(pages);

        Assert.Equal(SampleReport.Title, title);
        var lines = SampleReport.NonEmptyLines(text);
        Assert.Equal([PagedReportHtmlFixture.DateLine, SampleReport.Title, .. SampleReport.Lines, PagedReportHtmlFixture.SiteFooter], lines);
    }

    [Fact]
    public void A_later_page_identical_to_the_first_adds_nothing()
    {
        var page = PagedReportHtmlFixture.Page(PagedReportHtmlFixture.Parts()[0], "<div class=\"page\">共2页 第1页 下一页</div>");

        var (text, _) = PagedReportText.Read([page, page]);

        Assert.Equal(HtmlReportText.Read(page).Text.Split('\n').Where(l => !l.Contains("共2页", StringComparison.Ordinal)), text.Split('\n'));
    }

    [Fact]
    public void Lines_a_later_page_shares_with_the_first_inside_the_article_are_kept()
    {
        // Both pages' parts end alike; the pagers between them and the footer differ, so the line is content.
        string[] first = ["年度报告", "一、总体情况", "本年度无收费。", "共2页 第1页 下一页", "页脚"];
        string[] second = ["年度报告", "二、主动公开", "本年度无收费。", "共2页 第2页 上一页", "页脚"];

        var joined = PagedReportText.JoinLines([first, second]);

        Assert.Equal(["年度报告", "一、总体情况", "本年度无收费。", "二、主动公开", "本年度无收费。", "页脚"], joined);
    }
}
