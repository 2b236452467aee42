using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Inspection;
using ComplianceFns.Rules.Findings;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>One inspection of the sample site with its organ configured, shared by the tests of this class.</summary>
public sealed class SampleSitePublicationFixture : IAsyncLifetime
{
    public SampleSiteServer Server { get; private set; } = null!;

    public InspectionResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SampleSiteServer.StartAsync();
        Result = await PublicationSampleSite.Inspector().InspectAsync(PublicationSampleSite.Site(Server), null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class SampleSitePublicationTests(SampleSitePublicationFixture fixture) : IClassFixture<SampleSitePublicationFixture>
{
    public static TheoryData<string> PlantedRules => new(SampleSiteManifest.ExpectedPublicationFindings.Select(e => e.RuleId));

    [Theory]
    [MemberData(nameof(PlantedRules))]
    public void The_planted_case_is_reported_with_its_message(string ruleId)
    {
        var expected = SampleSiteManifest.ExpectedPublicationFindings.Single(e => e.RuleId == ruleId);

        var finding = Assert.Single(fixture.Result.Findings, f => f.RuleId == ruleId);
        Assert.True(finding.Reports(expected, fixture.Server.BaseUri), $"{finding.PageUrl}: {finding.Message}");
        Assert.Equal(SampleSiteManifest.AnnualReportOrganName, finding.EvidenceValue("organ"));
    }

    [Fact]
    public void Exactly_the_planted_cases_are_reported_and_on_time_reports_are_not()
    {
        var publication = fixture.Result.Findings.Where(f => f.IsPublication()).ToList();

        Assert.Equal(SampleSiteManifest.ExpectedPublicationFindings.Count, publication.Count);
        Assert.All(SampleSiteManifest.ExpectedPublicationFindings, e => Assert.Contains(publication, f => f.Reports(e, fixture.Server.BaseUri)));
        foreach (var year in SampleSiteManifest.OnTimeReportYears)
        {
            Assert.DoesNotContain(publication, f => f.EvidenceValue("year") == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_missing_year_is_serious_and_the_others_general()
    {
        var bySeverity = fixture.Result.Findings.Where(f => f.IsPublication()).ToDictionary(f => f.RuleId, f => f.Severity);

        Assert.Equal(Severity.Serious, bySeverity["P-EXISTS"]);
        Assert.Equal(Severity.General, bySeverity["P-DEADLINE"]);
        Assert.Equal(Severity.General, bySeverity["P-LOCATION"]);
        Assert.Equal(Severity.General, bySeverity["P-DUPLICATE"]);
    }

    [Fact]
    public void The_late_report_on_the_second_column_page_was_read_through_pagination()
    {
        Assert.Contains(new Uri(fixture.Server.BaseUri, "/xxgk/ndbg/index_1.html").AbsoluteUri, fixture.Result.CrawledPages);
        var late = Assert.Single(fixture.Result.Findings, f => f.RuleId == "P-DEADLINE");
        Assert.Equal("url", late.EvidenceValue("dateSource"));
        Assert.Equal("2021-04-15", late.EvidenceValue("publishedOn"));
    }

    [Fact]
    public void The_duplicate_names_both_years_and_the_earlier_report()
    {
        var duplicate = Assert.Single(fixture.Result.Findings, f => f.RuleId == "P-DUPLICATE");

        Assert.Equal("2023", duplicate.EvidenceValue("comparedYear"));
        Assert.True(SampleSiteInspection.SameUrl(duplicate.TargetUrl, new Uri(fixture.Server.BaseUri, "/xxgk/ndbg/202401/t20240125_301.html").AbsoluteUri));
        Assert.Matches(@"相似度达(9\d|100)%，疑为照搬往年内容$", duplicate.Message);
    }

    [Fact]
    public void Link_findings_stay_exactly_the_planted_defects()
    {
        IReadOnlyList<ExpectedDefect> expected = [.. fixture.Server.ExpectedDefects(), .. fixture.Server.ExpectedUnreadablePages()];
        var links = fixture.Result.Findings.Where(f => !f.IsPublication() && !f.RuleId.StartsWith("typo.", StringComparison.Ordinal)).ToList();

        Assert.Equal(expected.Count, links.Count);
        Assert.All(links, f => Assert.Contains(expected, d => f.Reports(d, fixture.Server.BaseUri)));
    }

    [Fact]
    public void A_complete_column_makes_the_run_authoritative_for_publication()
    {
        Assert.Contains("P-", fixture.Result.RuleScopes);
        Assert.Contains(SampleSiteManifest.AnnualReportOrganName, fixture.Result.PublicationCheckedOrgans);
        Assert.DoesNotContain(fixture.Result.Errors, e => e.Contains("年报", StringComparison.Ordinal));
    }
}
