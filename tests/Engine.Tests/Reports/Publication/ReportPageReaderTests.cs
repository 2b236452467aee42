using ComplianceFns.Engine.Reports.Publication;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

public sealed class ReportPageReaderTests
{
    private static readonly Uri Url = new("http://127.0.0.1/gzdt/202402/t20240220_9.html");

    private const string Prose = "本局围绕统计数据质量提升开展政务公开工作，重点公开统计公报和统计调查制度，组织开展统计开放日活动。";

    [Fact]
    public void The_page_date_wins_over_the_url_and_the_breadcrumb_names_the_column()
    {
        var html = $"""
            <html><body><div class="nav">网站首页</div>
            <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>
            <div>发布时间：2024-01-30 16:20</div><p>{Prose}</p></body></html>
            """;

        var page = ReportPageReader.Read(html, Url, new HashSet<string>());

        Assert.Equal(new DateOnly(2024, 1, 30), page.PublishedOn);
        Assert.False(page.DateFromUrl);
        Assert.Equal("工作动态", page.ColumnName);
    }

    [Fact]
    public void Without_a_stated_date_the_url_dates_the_page_and_says_so()
    {
        var page = ReportPageReader.Read($"<html><body><p>{Prose}</p></body></html>", Url, new HashSet<string>());

        Assert.Equal(new DateOnly(2024, 2, 20), page.PublishedOn);
        Assert.True(page.DateFromUrl);
        Assert.Null(page.ColumnName);
    }

    [Fact]
    public void Tables_and_template_lines_are_left_out_of_the_narrative()
    {
        var html = $"""
            <html><body><div class="nav">某某县统计局门户网站导航栏目</div><p>{Prose}</p>
            <table><tr><td>行政许可本年处理决定数量合计</td><td>12</td></tr></table></body></html>
            """;

        var page = ReportPageReader.Read(html, Url, new HashSet<string> { "某某县统计局门户网站导航栏目" });

        Assert.StartsWith("本局围绕统计数据质量提升", page.Narrative);
        Assert.DoesNotContain("导航", page.Narrative);
        Assert.DoesNotContain("行政许可", page.Narrative);
    }
}
