using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Tests.Storage;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

/// <summary>A paginated report page read in part, against Azurite: the run record names the page, the stored copy stays.</summary>
public sealed class PaginatedReportStoreTests : StoreTestBase
{
    private static readonly ReportCheckRequest Request = new("wuqing");

    [Fact]
    public async Task Unreadable_page_is_an_error_of_the_run_and_does_not_replace_the_stored_whole_report()
    {
        var texts = new TableReportTextStore(ServiceClient, Options);
        var service = ReportCheckSamples.Service(Store, texts);
        await using (var whole = await PaginatedReportCheckTests.ServeAsync())
        {
            var first = await service.CheckAsync([ReportInput.FromUrl(whole.Url(PaginatedReportCheckTests.PathOf(1)))], Request, Ct);
            Assert.Equal(RunStatus.Succeeded, first.Run!.Status);
            Assert.Null(first.Results[0].StoreNote);
        }

        await using var partial = await PaginatedReportCheckTests.ServeAsync(missing: 3);
        var third = partial.Url(PaginatedReportCheckTests.PathOf(3)).AbsoluteUri;

        var run = await service.CheckAsync([ReportInput.FromUrl(partial.Url(PaginatedReportCheckTests.PathOf(1)))], Request, Ct);

        Assert.Equal(RunStatus.CompletedWithErrors, run.Run!.Status);
        Assert.Contains(run.Run.Errors, e => e.EndsWith($"第3页（{third}）无法读取（服务器返回 HTTP 404），以下核查仅基于前2页", StringComparison.Ordinal));
        Assert.StartsWith("本次读取的是标明为部分内容的副本", run.Results[0].StoreNote, StringComparison.Ordinal);
        // Section 四–六 on the unread page are no evidence of a fix or a defect: nothing about them was resolved.
        Assert.Equal(0, run.Merge!.Resolved);
    }
}
