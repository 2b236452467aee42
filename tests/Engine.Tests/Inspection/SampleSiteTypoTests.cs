using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>Typos in the crawl: what a reader sees is checked, the shared footer is reported once per site.</summary>
public sealed class SampleSiteTypoTests
{
    private static readonly TypoDetector Detector = TypoDetector.CreateDefault(new StatisticalLayer());

    [Fact]
    public async Task Exactly_the_planted_typos_are_reported_and_the_footer_once()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var inspector = new SiteInspector(SampleSiteInspection.Options(), new SystemHostResolver(), TimeProvider.System, Detector);

        var result = await inspector.InspectAsync(SampleSiteInspection.Site(server), null, CancellationToken.None);

        var typos = result.Findings.Where(f => f.RuleId.StartsWith("typo.", StringComparison.Ordinal)).ToList();
        Assert.Equal(SampleSiteManifest.ExpectedTypos.Count, typos.Count);
        foreach (var expected in SampleSiteManifest.ExpectedTypos)
        {
            var finding = Assert.Single(typos, f => f.RuleId == expected.RuleId && f.Text == expected.Wrong);
            Assert.Equal(expected.Suggestion, finding.EvidenceValue("suggestion"));
            if (expected.PagePath == SampleSiteManifest.EveryPage)
            {
                Assert.Contains("个页面", finding.Message, StringComparison.Ordinal);
                Assert.True(int.Parse(finding.EvidenceValue("pages")!.Split(':')[0]) >= 10);
            }
            else
            {
                Assert.True(SampleSiteInspection.SameUrl(finding.PageUrl, new Uri(server.BaseUri, expected.PagePath).AbsoluteUri), finding.PageUrl);
                Assert.Contains($"【{expected.Wrong}】", finding.Message, StringComparison.Ordinal);
            }
        }

        Assert.Equal(["link.", "typo."], result.RuleScopes);
    }

    [Fact]
    public async Task Typo_fingerprints_are_stable_across_runs()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var inspector = new SiteInspector(SampleSiteInspection.Options(), new SystemHostResolver(), TimeProvider.System, Detector);

        var first = await inspector.InspectAsync(SampleSiteInspection.Site(server), null, CancellationToken.None);
        var second = await inspector.InspectAsync(SampleSiteInspection.Site(server), null, CancellationToken.None);

        static IEnumerable<string> Typos(InspectionResult r) =>
            r.Findings.Where(f => f.RuleId.StartsWith("typo.", StringComparison.Ordinal)).Select(f => f.Fingerprint).Order(StringComparer.Ordinal);
        Assert.Equal(Typos(first), Typos(second));
    }
}
