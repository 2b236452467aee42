using ComplianceFns.Engine.Reporting;
using ComplianceFns.Functions.Reporting;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.Rules.Findings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceFns.Functions.Tests.Reporting;

public sealed class FindingsReportFunctionTests
{
    [Fact]
    public async Task The_report_function_returns_the_findings_page_for_one_site()
    {
        await using var host = await FunctionsTestHost.StartAsync();
        var finding = new Finding
        {
            RuleId = "link.http-404",
            Severity = Severity.General,
            SiteId = "report-gov",
            PageUrl = "http://127.0.0.1:9/zcwj/index.html",
            Message = "链接“政策解读”指向的页面不存在（404）",
            Fingerprint = FindingFingerprint.Compute("link.http-404", "report-gov", "http://127.0.0.1:9/zcwj/index.html", null),
        };
        await host.Store.MergeRunAsync("report-gov", "run-1", [finding], ["link."], host.Time.Now, CancellationToken.None);
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?site=report-gov");

        var result = Assert.IsType<ContentResult>(await host.Create<FindingsReportFunction>().RunAsync(context.Request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, result.StatusCode);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.StartsWith("<!DOCTYPE html>", result.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("report-gov", result.Content, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/zcwj/index.html", result.Content, StringComparison.Ordinal);
        Assert.Equal(HtmlReportRenderer.ContentSecurityPolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public async Task A_malformed_site_parameter_is_refused_in_chinese()
    {
        await using var host = await FunctionsTestHost.StartAsync();
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?site=%3Cscript%3E");

        var result = Assert.IsType<ContentResult>(await host.Create<FindingsReportFunction>().RunAsync(context.Request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, result.StatusCode);
        Assert.Contains("不是有效的站点标识", result.Content, StringComparison.Ordinal);
    }
}
