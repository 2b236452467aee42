using System.Diagnostics;
using ComplianceFns.Engine.Crawling;

namespace ComplianceFns.Engine.Tests.Crawling;

public sealed class RobotsTxtTests
{
    private const string Sample = """
        # 某某县人民政府网站
        User-agent: *
        Disallow: /private/
        Disallow: /*.php$
        Allow: /private/open/

        User-agent: BadBot
        Disallow: /
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/", false)]
    [InlineData("/private/a.html", false)]
    [InlineData("/private/open/a.html", true)]
    [InlineData("/search.php", false)]
    [InlineData("/search.php?q=1", true)]
    [InlineData("/xxgk/index.html", true)]
    public void The_star_group_applies_with_longest_match(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsTxt.Parse(Sample, "ComplianceFns").IsAllowed(path));
    }

    [Fact]
    public void A_group_naming_the_agent_replaces_the_star_group()
    {
        var robots = RobotsTxt.Parse(Sample, "BadBot");
        Assert.False(robots.IsAllowed("/xxgk/index.html"));
    }

    [Fact]
    public void A_hostile_pattern_is_matched_in_bounded_time()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "b\n", "x");
        var path = "/" + new string('a', 5000);
        var clock = Stopwatch.StartNew();
        Assert.True(robots.IsAllowed(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void No_rules_allow_everything()
    {
        Assert.True(RobotsTxt.Parse("", "x").IsAllowed("/anything"));
        Assert.True(RobotsTxt.AllowAll.IsAllowed("/private/"));
    }
}
