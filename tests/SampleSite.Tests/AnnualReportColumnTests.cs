using System.Net;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.SampleSite.Tests;

/// <summary>The annual-report column's planted publication cases. Each test starts its own site: publishing is global state.</summary>
public sealed class AnnualReportColumnTests : IAsyncLifetime
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
    private SampleSiteServer _server = null!;

    public async Task InitializeAsync() => _server = await SampleSiteServer.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private Uri Url(string path) => new(_server.BaseUri, path);

    [Fact]
    public async Task Every_planted_case_is_on_a_page_that_answers()
    {
        foreach (var expected in SampleSiteManifest.ExpectedPublicationFindings)
        {
            using var response = await _client.GetAsync(Url(expected.PagePath));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_column_links_its_second_page_and_the_late_report_is_there()
    {
        var first = await _client.GetStringAsync(Url(SampleSiteManifest.AnnualReportColumnPath));
        var second = await _client.GetStringAsync(Url("/xxgk/ndbg/index_1.html"));

        Assert.Contains("href=\"/xxgk/ndbg/index_1.html\"", first);
        Assert.Contains("共2页", first);
        Assert.Contains("href=\"/xxgk/ndbg/202104/t20210415_305.html\"", second);
        Assert.DoesNotContain("{{", second);
    }

    [Fact]
    public async Task The_misplaced_report_is_linked_only_from_the_notices()
    {
        var notices = await _client.GetStringAsync(Url("/tzgg/index.html"));
        var column = await _client.GetStringAsync(Url(SampleSiteManifest.AnnualReportColumnPath)) + await _client.GetStringAsync(Url("/xxgk/ndbg/index_1.html"));

        Assert.Contains("href=\"/tzgg/202003/t20200325_1000.html\"", notices);
        Assert.DoesNotContain("2019年政府信息公开工作年度报告", column);
    }

    [Fact]
    public async Task The_missing_report_is_absent_until_published_then_listed_and_served()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Url(SampleSiteManifest.MissingReportPath))).StatusCode);
        Assert.DoesNotContain(SampleSiteManifest.MissingReportPath, await _client.GetStringAsync(Url("/xxgk/ndbg/index_1.html")));

        _server.PublishMissingAnnualReport();

        Assert.Contains($"href=\"{SampleSiteManifest.MissingReportPath}\"", await _client.GetStringAsync(Url("/xxgk/ndbg/index_1.html")));
        var report = await _client.GetStringAsync(Url(SampleSiteManifest.MissingReportPath));
        Assert.Contains("某某县人民政府2018年政府信息公开工作年度报告", report);
    }
}
