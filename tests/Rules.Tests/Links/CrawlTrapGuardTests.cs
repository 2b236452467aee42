using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class CrawlTrapGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("http://www.example.gov.cn/")]
    [InlineData("http://www.example.gov.cn/xxgk/tzgg/index.html")]
    [InlineData("http://www.example.gov.cn/art/2024/5/12/art_1229_123456.html")]
    [InlineData("http://www.example.gov.cn/xxgk/zcwj/202405/t20240512_123456.html")]
    [InlineData("http://www.example.gov.cn/zwgk/2024-05/12/content_9876.htm")]
    [InlineData("http://www.example.gov.cn/col/col1234/index.html?uid=5678&pageNum=2")]
    [InlineData("http://www.example.gov.cn/calendar?year=2028&month=12")]
    [InlineData("http://www.example.gov.cn/calendar?year=1990&month=1")]
    [InlineData("http://www.example.gov.cn/list.jsp?id=1234")]
    [InlineData("http://www.example.gov.cn/list.jsp?id=0001&date=20240512")]
    [InlineData("http://www.example.gov.cn/archive/1234/index.html")]
    [InlineData("http://www.example.gov.cn/a/b/a/b/index.html")]
    [InlineData("http://www.example.gov.cn/event?month=0&year=2025")]
    [InlineData("http://www.example.gov.cn/x?ts=1234567890")]
    public void AdmitsOrdinaryGovernmentUrls(string url)
    {
        var verdict = new CrawlTrapGuard(Now).Admit(url);
        Assert.True(verdict.IsAdmitted, $"{url}: {verdict.Reason} {verdict.Detail}");
        Assert.Equal(TrapReason.None, verdict.Reason);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/news/news/news/index.html", "news")]
    [InlineData("http://www.example.gov.cn/a/b/a/b/a/b/", "a")]
    [InlineData("http://www.example.gov.cn/xxgk/images/xxgk/images/xxgk/images/logo.png", "xxgk")]
    [InlineData("http://www.example.gov.cn/News/news/NEWS/", "News")]
    public void RefusesRelativeLinkLoops(string url, string repeated)
    {
        var verdict = new CrawlTrapGuard(Now).Admit(url);
        Assert.Equal(TrapReason.RepeatingSegments, verdict.Reason);
        Assert.False(verdict.IsAdmitted);
        Assert.StartsWith(repeated, verdict.Detail);
        Assert.Equal("路径片段重复（相对链接循环）", verdict.Description);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/\u0662\u0660\u0662\u0664-\u0660\u0661/index.html")]
    [InlineData("http://www.example.gov.cn/calendar?date=\u0662\u0660\u0662\u0664\u0660\u0661")]
    [InlineData("http://www.example.gov.cn/\uFF12\uFF10\uFF12\uFF14/\uFF10\uFF11/")]
    public void NonAsciiDigitsAreNotDatesAndNeverThrow(string url)
    {
        // .NET's \d matches any Unicode digit, but int.Parse does not read them: a hostile URL must not crash the crawl.
        var verdict = new CrawlTrapGuard(Now).Admit(url);
        Assert.True(verdict.IsAdmitted, $"{url}: {verdict.Reason} {verdict.Detail}");
    }

    [Fact]
    public void RefusesTooManySegments()
    {
        var deep = "http://www.example.gov.cn/" + string.Join('/', Enumerable.Range(1, 21).Select(i => $"d{i}")) + "/";
        var guard = new CrawlTrapGuard(Now);
        Assert.Equal(TrapReason.TooManySegments, guard.Admit(deep).Reason);

        var twenty = "http://www.example.gov.cn/" + string.Join('/', Enumerable.Range(1, 20).Select(i => $"d{i}")) + "/";
        Assert.True(guard.Admit(twenty).IsAdmitted);
    }

    [Fact]
    public void RefusesTooLongUrls()
    {
        var guard = new CrawlTrapGuard(Now, maxUrlLength: 100);
        var url = "http://www.example.gov.cn/search?q=" + new string('a', 70);
        Assert.Equal(TrapReason.UrlTooLong, guard.Admit(url).Reason);
        Assert.Equal("网址过长", guard.Admit(url).Description);
        Assert.True(guard.Admit("http://www.example.gov.cn/search?q=short").IsAdmitted);
    }

    [Fact]
    public void DefaultMaximumLengthIs2048()
    {
        var guard = new CrawlTrapGuard(Now);
        var prefix = "http://www.example.gov.cn/s?q=";
        Assert.True(guard.Admit(prefix + new string('a', 2048 - prefix.Length)).IsAdmitted);
        Assert.Equal(TrapReason.UrlTooLong, guard.Admit(prefix + new string('a', 2049 - prefix.Length)).Reason);
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/calendar?year=1900&month=1", "year=1900")]
    [InlineData("http://www.example.gov.cn/calendar?year=2029&month=1", "year=2029")]
    [InlineData("http://www.example.gov.cn/calendar?year=2024&month=13", "month=13")]
    [InlineData("http://www.example.gov.cn/rili?date=1899-12-31", "date=1899-12-31")]
    [InlineData("http://www.example.gov.cn/event.jsp?startDate=30000101", "startDate=30000101")]
    [InlineData("http://www.example.gov.cn/hd/1850-05/index.html", "1850-05")]
    [InlineData("http://www.example.gov.cn/hd/2099_01_01.html", "2099_01_01.html")]
    [InlineData("http://www.example.gov.cn/hd/18500501/", "18500501")]
    [InlineData("http://www.example.gov.cn/calendar/1200/05/", "1200")]
    public void RefusesCalendarsFarOutsideTheWindow(string url, string detail)
    {
        var verdict = new CrawlTrapGuard(Now).Admit(url);
        Assert.Equal(TrapReason.CalendarOutOfRange, verdict.Reason);
        Assert.Equal(detail, verdict.Detail);
        Assert.Equal("日历类无限链接", verdict.Description);
    }

    [Fact]
    public void CountsDistinctQueriesPerPath()
    {
        var guard = new CrawlTrapGuard(Now, maxQueryVariantsPerPath: 3);
        Assert.True(guard.Admit("http://www.example.gov.cn/cal.jsp?d=1").IsAdmitted);
        Assert.True(guard.Admit("http://www.example.gov.cn/cal.jsp?d=2").IsAdmitted);
        Assert.True(guard.Admit("http://www.example.gov.cn/cal.jsp?d=3").IsAdmitted);

        var fourth = guard.Admit("http://www.example.gov.cn/cal.jsp?d=4");
        Assert.Equal(TrapReason.TooManyQueryVariants, fourth.Reason);
        Assert.Equal("同一页面的查询参数组合过多（疑似无限链接）", fourth.Description);

        // Already admitted variants stay admitted; other paths and hosts have their own budget.
        Assert.True(guard.Admit("http://www.example.gov.cn/cal.jsp?d=2").IsAdmitted);
        Assert.True(guard.Admit("http://www.example.gov.cn/other.jsp?d=4").IsAdmitted);
        Assert.True(guard.Admit("http://other.example.gov.cn/cal.jsp?d=4").IsAdmitted);
        Assert.True(guard.Admit("https://www.example.gov.cn/cal.jsp?d=4").IsAdmitted);
        Assert.True(guard.Admit("http://www.example.gov.cn/cal.jsp").IsAdmitted);
    }

    [Fact]
    public void EndlessCalendarInsideTheWindowIsStoppedByTheVariantLimit()
    {
        var guard = new CrawlTrapGuard(Now, maxQueryVariantsPerPath: 50);
        var verdicts = Enumerable.Range(0, 60)
            .Select(i => guard.Admit($"http://www.example.gov.cn/calendar.do?year={2000 + (i / 12)}&month={(i % 12) + 1}"))
            .ToList();
        Assert.Equal(50, verdicts.Count(v => v.IsAdmitted));
        Assert.All(verdicts.Skip(50), v => Assert.Equal(TrapReason.TooManyQueryVariants, v.Reason));
    }

    [Fact]
    public void PermutationsOfOneQueryCountOnceAndAreRefusedAsDuplicates()
    {
        var guard = new CrawlTrapGuard(Now, maxQueryVariantsPerPath: 2);
        Assert.True(guard.Admit("http://www.example.gov.cn/list?sort=date&type=2").IsAdmitted);

        var permuted = guard.Admit("http://www.example.gov.cn/list?type=2&sort=date");
        Assert.Equal(TrapReason.QueryPermutation, permuted.Reason);
        Assert.Equal("?sort=date&type=2", permuted.Detail);

        // The permutation did not use up the budget: one more distinct query still fits.
        Assert.True(guard.Admit("http://www.example.gov.cn/list?sort=title&type=2").IsAdmitted);
        Assert.Equal(TrapReason.TooManyQueryVariants, guard.Admit("http://www.example.gov.cn/list?sort=size").Reason);
    }

    [Fact]
    public void AdmittingTheSameUrlTwiceIsAllowed()
    {
        var guard = new CrawlTrapGuard(Now, maxQueryVariantsPerPath: 1);
        Assert.True(guard.Admit("http://www.example.gov.cn/list?page=1").IsAdmitted);
        Assert.True(guard.Admit("http://www.example.gov.cn/list?page=1").IsAdmitted);
    }

    [Fact]
    public void WindowFollowsTheGivenNow()
    {
        Assert.Equal(TrapReason.CalendarOutOfRange, new CrawlTrapGuard(Now).Admit("http://x.gov.cn/c?year=2030").Reason);
        Assert.True(new CrawlTrapGuard(Now.AddYears(4)).Admit("http://x.gov.cn/c?year=2030").IsAdmitted);
    }

    [Fact]
    public void RefusedUrlsDoNotUseTheQueryBudget()
    {
        var guard = new CrawlTrapGuard(Now, maxQueryVariantsPerPath: 1);
        Assert.False(guard.Admit("http://x.gov.cn/c?year=1800").IsAdmitted);
        Assert.True(guard.Admit("http://x.gov.cn/c?year=2024").IsAdmitted);
    }

    [Fact]
    public void EveryReasonHasAChineseDescription()
    {
        foreach (var reason in Enum.GetValues<TrapReason>())
        {
            Assert.False(string.IsNullOrWhiteSpace(reason.ToChinese()));
        }
    }
}
