using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>Publication findings across runs into real Azurite: stable identity, a published report resolves, an unread column resolves nothing.</summary>
public sealed class PublicationHistoryTests : StoreTestBase
{
    [Fact]
    public async Task Fingerprints_are_stable_and_publishing_the_missing_report_resolves_its_finding()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var runner = new InspectionRunner(PublicationSampleSite.Inspector(), Store);
        var site = PublicationSampleSite.Site(server);

        var first = await runner.RunAsync(site, "test", null, CancellationToken.None);
        var second = await runner.RunAsync(site, "test", null, CancellationToken.None);

        var firstPublication = first.Result.Findings.Where(f => f.IsPublication()).Select(f => f.Fingerprint).Order().ToList();
        Assert.Equal(SampleSiteManifest.ExpectedPublicationFindings.Count, firstPublication.Count);
        Assert.Equal(firstPublication, second.Result.Findings.Where(f => f.IsPublication()).Select(f => f.Fingerprint).Order());
        Assert.Equal(0, second.Merge.New);

        server.PublishMissingAnnualReport();
        var third = await runner.RunAsync(site, "test", null, CancellationToken.None);

        var missing = first.Result.Findings.Single(f => f.RuleId == "P-EXISTS");
        Assert.Equal([missing.Fingerprint], third.Merge.ResolvedFingerprints);
        Assert.DoesNotContain(third.Result.Findings, f => f.RuleId == "P-EXISTS");
        var stored = await Store.GetFindingsAsync(site.Id, null, CancellationToken.None);
        Assert.Equal(FindingStatus.Resolved, stored.Single(f => f.Fingerprint == missing.Fingerprint).Status);
        Assert.All(stored.Where(f => f.IsPublication() && f.Fingerprint != missing.Fingerprint), f => Assert.Equal(FindingStatus.Open, f.Status));
    }

    [Fact]
    public async Task A_run_that_cannot_read_the_column_resolves_no_publication_finding()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var runner = new InspectionRunner(PublicationSampleSite.Inspector(), Store);
        var first = await runner.RunAsync(PublicationSampleSite.Site(server), "test", null, CancellationToken.None);

        var unreadable = PublicationSampleSite.Site(server, columnPath: "/xxgk/ndbg-moved/index.html");
        var second = await runner.RunAsync(unreadable, "test", null, CancellationToken.None);

        Assert.DoesNotContain(second.Result.Findings, f => f.IsPublication());
        Assert.DoesNotContain("P-", second.Result.RuleScopes);
        Assert.Contains(second.Result.Errors, e => e.Contains("年报栏目页面", StringComparison.Ordinal) && e.Contains("HTTP 404", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Merge.ResolvedFingerprints, fp => first.Result.Findings.Any(f => f.IsPublication() && f.Fingerprint == fp));
        var open = await Store.GetFindingsAsync(server.SiteId, FindingStatus.Open, CancellationToken.None);
        Assert.Equal(SampleSiteManifest.ExpectedPublicationFindings.Count, open.Count(f => f.IsPublication()));
    }
}
