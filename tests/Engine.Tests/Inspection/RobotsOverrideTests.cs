using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Inspection;

public sealed class RobotsOverrideTests
{
    [Fact]
    public async Task A_site_configured_to_ignore_robots_txt_is_inspected_behind_it()
    {
        await using var server = await SampleSiteServer.StartAsync();

        var result = await SampleSiteInspection.Inspector().InspectAsync(SampleSiteInspection.Site(server, ignoreRobots: true), null, CancellationToken.None);

        var hidden = SampleSiteManifest.RobotsExcludedDefect(server.BaseUri);
        Assert.Contains(result.Findings, f => f.Reports(hidden, server.BaseUri));
    }
}
