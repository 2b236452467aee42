using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Rules.Tests.Typos;

public sealed class TypoFindingFactoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
    private static readonly TypoHit Hit = new(10, 12, "布署", "部署", "typo.misspelling", Severity.General, "常见错别字：“布署”应为“部署”");

    [Fact]
    public void The_identity_holds_when_one_more_page_carries_the_typo()
    {
        var two = TypoFindingFactory.ForPages("s", ["http://x/b.html", "http://x/a.html"], Hit, "工作进行", "。各单位", 3, At);
        var three = TypoFindingFactory.ForPages("s", ["http://x/a.html", "http://x/b.html", "http://x/c.html"], Hit, "工作进行", "。各单位", 3, At);

        Assert.Equal(two.Fingerprint, three.Fingerprint);
        Assert.Equal("http://x/a.html", two.PageUrl); // first page in a stable order, whatever the crawl order
        Assert.StartsWith("页面 http://x/a.html、http://x/b.html 中", two.Message, StringComparison.Ordinal);
        Assert.StartsWith("共 3 个页面", three.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_typo_on_more_pages_than_listed_says_etc_like_the_template_link_message()
    {
        var pages = Enumerable.Range(1, 73).Select(i => $"http://x/p{i:00}.html").ToList();
        var many = TypoFindingFactory.ForPages("s", pages, Hit, "工作进行", "。各单位", 3, At);
        var exactlyThree = TypoFindingFactory.ForPages("s", pages.Take(3).ToList(), Hit, "工作进行", "。各单位", 3, At);

        Assert.StartsWith("共 73 个页面（如 http://x/p01.html、http://x/p02.html、http://x/p03.html 等）的公共区域", many.Message, StringComparison.Ordinal);
        Assert.StartsWith("共 3 个页面（如 http://x/p01.html、http://x/p02.html、http://x/p03.html）的公共区域", exactlyThree.Message, StringComparison.Ordinal);
        Assert.Equal(many.Fingerprint, exactlyThree.Fingerprint);
    }

    [Fact]
    public void Digits_around_a_typo_do_not_change_its_identity()
    {
        var monday = TypoFindingFactory.ForPages("s", ["http://x/"], Hit, "今天是26日", "访问量1234", 3, At);
        var tuesday = TypoFindingFactory.ForPages("s", ["http://x/"], Hit, "今天是27日", "访问量1240", 3, At);

        Assert.Equal(monday.Fingerprint, tuesday.Fingerprint);
        Assert.Contains("访问量1234", monday.Message, StringComparison.Ordinal); // shown as written
    }

    [Fact]
    public void Context_never_splits_a_surrogate_pair()
    {
        var text = "𠀀𠀀𠀀𠀀做好布署𠀀𠀀𠀀𠀀𠀀";
        var start = text.IndexOf("布署", StringComparison.Ordinal);
        var hit = Hit with { Start = start, End = start + 2 };

        var (before, after) = TypoFindingFactory.ContextOf(text, hit);

        Assert.False(before.Length > 0 && char.IsLowSurrogate(before[0]), "before starts with a lone low surrogate");
        Assert.False(after.Length > 0 && char.IsHighSurrogate(after[^1]), "after ends with a lone high surrogate");
        Assert.EndsWith("做好", before, StringComparison.Ordinal);
    }
}
