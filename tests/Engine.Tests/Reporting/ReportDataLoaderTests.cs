using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Tests.Storage;

namespace ComplianceFns.Engine.Tests.Reporting;

public sealed class ReportDataLoaderTests : StoreTestBase
{
    [Fact]
    public async Task A_site_inspected_and_found_clean_is_in_the_all_sites_report()
    {
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await Store.MergeRunAsync("dirty", "r1", [SampleFindings.Link("dirty", "https://a.gov.cn/", "https://a.gov.cn/x.html")], ["link."], at, Ct);
        await Store.SaveRunAsync(RunRecords.Sample("dirty", "r1", at), Ct);
        await Store.SaveRunAsync(RunRecords.Sample("clean", "r2", at), Ct);

        var data = await ReportDataLoader.LoadAsync(Store, siteId: null, at.AddHours(1), Ct);

        Assert.Equal(["clean", "dirty"], data.Runs.Select(r => r.SiteId).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("clean", data.LastRuns.Keys);
        Assert.Single(data.Findings);
    }
}
