using ComplianceFns.SampleSite.Generated;
using LinkBench;

namespace LinkBench.Tests;

public sealed class RecallScoreTests
{
    private static readonly GeneratedBrokenLink[] Planted =
    [
        new("http://127.0.0.1:5000/p/3.html", "http://127.0.0.1:5000/p/missing-3.html"),
        new("http://127.0.0.1:5000/", "http://127.0.0.1:5000/p/missing-0.html"),
    ];

    [Fact]
    public void Pairs_match_after_case_fragment_and_root_path_are_normalised()
    {
        var score = RecallScore.Compute(Planted,
        [
            new ReportedLink("HTTP://127.0.0.1:5000/p/3.html#top", "http://127.0.0.1:5000/p/missing-3.html"),
            new ReportedLink("http://127.0.0.1:5000", "http://127.0.0.1:5000/p/missing-0.html#x"),
        ]);

        Assert.Equal(2, score.Expected);
        Assert.Equal(2, score.Found);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(0, score.FalsePositives);
    }

    [Fact]
    public void A_planted_target_reported_from_the_wrong_page_is_missed_not_a_false_positive()
    {
        var score = RecallScore.Compute(Planted,
        [
            new ReportedLink("http://127.0.0.1:5000/p/9.html", "http://127.0.0.1:5000/p/missing-3.html"),
            new ReportedLink("http://127.0.0.1:5000/", "http://127.0.0.1:5000/p/missing-0.html"),
        ]);

        Assert.Equal(1, score.Found);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(0, score.FalsePositives);
        Assert.Equal(["http://127.0.0.1:5000/p/3.html → http://127.0.0.1:5000/p/missing-3.html"], score.MissedExamples);
    }

    [Fact]
    public void Distinct_unplanted_targets_are_false_positives_once_each()
    {
        var score = RecallScore.Compute(Planted,
        [
            new ReportedLink("http://127.0.0.1:5000/p/1.html", "http://127.0.0.1:5000/img/4.png"),
            new ReportedLink("http://127.0.0.1:5000/p/2.html", "http://127.0.0.1:5000/img/4.png"),
            new ReportedLink("http://127.0.0.1:5000/p/2.html", "http://127.0.0.1:5000/p/7.html"),
        ]);

        Assert.Equal(0, score.Found);
        Assert.Equal(2, score.FalsePositives);
        Assert.Equal(["http://127.0.0.1:5000/img/4.png", "http://127.0.0.1:5000/p/7.html"], score.FalsePositiveExamples);
    }

    [Theory]
    [InlineData("http://127.0.0.1:80/a.html", "http://127.0.0.1/a.html")]
    [InlineData("http://LOCALHOST:8080", "http://localhost:8080/")]
    [InlineData("http://127.0.0.1:9/p/%E5%85%AC%E5%BC%80.html#s", "http://127.0.0.1:9/p/%E5%85%AC%E5%BC%80.html")]
    [InlineData("not a url", "not a url")]
    public void Normalise_gives_one_spelling(string url, string expected) =>
        Assert.Equal(expected, UrlNormaliser.Normalise(url));
}
