using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Links;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>One inspection of the sample site, shared by the tests of this class.</summary>
public sealed class SampleSiteInspectionFixture : IAsyncLifetime
{
    public SampleSiteServer Server { get; private set; } = null!;

    public InspectionResult Result { get; private set; } = null!;

    public IReadOnlyList<ExpectedDefect> Expected { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await SampleSiteServer.StartAsync();
        Expected = [.. Server.ExpectedDefects(), .. Server.ExpectedUnreadablePages()];
        Result = await SampleSiteInspection.Inspector().InspectAsync(SampleSiteInspection.Site(Server), null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class SampleSiteInspectionTests(SampleSiteInspectionFixture fixture) : IClassFixture<SampleSiteInspectionFixture>
{
    // The sample site's start page works: an unreachable start page is tested in UnreadablePageTests.
    public static TheoryData<string> RuleIds => new(LinkRules.All.Where(r => r != LinkRules.StartPageUnreachable).Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_planted_defect_of_the_rule_is_reported(string ruleId)
    {
        var planted = fixture.Expected.Where(d => d.RuleId == ruleId).ToList();
        Assert.NotEmpty(planted);
        foreach (var defect in planted)
        {
            Assert.True(
                fixture.Result.Findings.Any(f => f.Reports(defect, fixture.Server.BaseUri)),
                $"not reported: {defect.Key} {defect.RuleId} on {defect.PagePath} → {defect.Target}\nfound:\n{Describe(fixture.Result)}");
        }
    }

    [Fact]
    public void Nothing_is_reported_beyond_the_planted_defects()
    {
        var unexpected = fixture.Result.Findings
            .Where(f => !fixture.Expected.Any(d => f.Reports(d, fixture.Server.BaseUri)))
            .Select(f => $"{f.RuleId} {f.PageUrl} → {f.TargetUrl}: {f.Message}")
            .ToList();
        Assert.Empty(unexpected);
        Assert.Equal(fixture.Expected.Count, fixture.Result.Findings.Count);
    }

    [Fact]
    public void Healthy_tricky_targets_are_not_reported()
    {
        foreach (var url in SampleSiteManifest.HealthyTrickyUrls(fixture.Server.BaseUri))
        {
            Assert.DoesNotContain(fixture.Result.Findings, f => SampleSiteInspection.SameUrl(f.TargetUrl, url.Split('#')[0]) && f.RuleId != LinkRules.MissingFragment.Id);
        }
    }

    [Fact]
    public void Traps_and_robots_excluded_pages_end_bounded_and_unreported()
    {
        foreach (var url in SampleSiteManifest.NotReportedUrls(fixture.Server.BaseUri))
        {
            Assert.DoesNotContain(fixture.Result.Findings, f => SampleSiteInspection.SameUrl(f.PageUrl, url) || SampleSiteInspection.SameUrl(f.TargetUrl, url));
        }

        // The calendar, search and /news/news/… loops are cut, so the crawl stays near the site's real size.
        Assert.InRange(fixture.Result.PagesCrawled, 40, 300);
        Assert.False(fixture.Result.Cancelled);
    }

    [Fact]
    public void A_template_link_broken_on_every_page_is_one_finding_naming_how_many_pages()
    {
        var template = fixture.Expected.Single(d => d.IsTemplateLink);
        var findings = fixture.Result.Findings.Where(f => SampleSiteInspection.SameUrl(f.TargetUrl, template.Target)).ToList();
        var finding = Assert.Single(findings);
        Assert.Contains("个页面", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.EvidenceValue("pages"));
    }

    [Fact]
    public void Messages_are_chinese_and_name_page_and_link()
    {
        foreach (var finding in fixture.Result.Findings)
        {
            // Where the defect is: the page, or for a damaged attachment the file itself.
            Assert.Contains(finding.RuleId == LinkRules.DamagedAttachment.Id ? "附件" : "页面", finding.Message, StringComparison.Ordinal);
            Assert.Contains(finding.PageUrl, finding.Message, StringComparison.Ordinal);
            Assert.Equal(finding.Severity, LinkRules.All.Single(r => r.Id == finding.RuleId).Severity);

            // Apart from URLs, the href as written and protocol names, no English may reach the admin.
            var prose = System.Text.RegularExpressions.Regex.Replace(finding.Message, @"https?://\S+", " ");
            prose = prose.Replace(finding.EvidenceValue("href") ?? "\u0000", " ", StringComparison.Ordinal);
            prose = System.Text.RegularExpressions.Regex.Replace(prose, @"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", " "); // host names
            prose = System.Text.RegularExpressions.Regex.Replace(prose, @"#[^\s”）]+", " "); // anchor names as written
            var english = System.Text.RegularExpressions.Regex.Matches(prose, "[A-Za-z]{3,}")
                .Select(m => m.Value)
                .Where(w => w is not ("HTTPS" or "HTTP" or "FTP" or "ftp" or "file" or "PDF" or "DOCX"))
                .ToList();
            Assert.True(english.Count == 0, $"English in message: {string.Join(", ", english)} — {finding.Message}");
        }
    }

    private static string Describe(InspectionResult result) =>
        string.Join('\n', result.Findings.Select(f => $"  {f.RuleId} {f.PageUrl} → {f.TargetUrl}"));
}
