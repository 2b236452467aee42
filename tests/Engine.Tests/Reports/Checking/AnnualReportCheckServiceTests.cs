using System.Text;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Tests.Reports.Documents;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

public sealed class AnnualReportCheckServiceTests
{
    private static readonly ReportCheckRequest Request = new("reports-test");

    [Fact]
    public async Task Complete_sample_has_no_serious_or_general_finding()
    {
        var run = await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromFile(ReportCheckSamples.CompleteFile, ReportCheckSamples.Bytes(ReportCheckSamples.CompleteFile))], Request, CancellationToken.None);

        var result = Assert.Single(run.Results);
        Assert.True(result.Read, result.ReadFailure?.ChineseMessage);
        Assert.Equal(DocumentKind.Text, result.Kind);
        Assert.Equal(2021, result.Outcome!.Report.Year);
        Assert.NotNull(result.Outcome.Report.Table3);
        // docs/domain/annual-reports.md §8: every relation holds; the only possible finding is the 提示 note S-FEE-SEC6.
        Assert.All(result.Findings, f => Assert.Equal("S-FEE-SEC6", f.RuleId));
        Assert.All(result.Findings, f => Assert.Equal(Severity.Hint, f.Severity));
        Assert.Equal(result.Outcome.Issues.Count, result.Findings.Count);
        // Without a previous report the cross-year checks are 不可判定, never computed.
        Assert.Contains(result.Outcome.Undecidable, u => u.RuleId == "T3-CARRY-Y");
    }

    [Fact]
    public async Task Defective_report_gives_one_finding_per_issue_with_the_issue_message()
    {
        var run = await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromFile("2021-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.NextYear(2021, carriedIn: 3)))], Request, CancellationToken.None);

        var result = Assert.Single(run.Results);
        var messages = result.Findings.Where(f => f.RuleId == "T3-COL").Select(f => f.Message).ToList();
        Assert.Contains("表三“自然人”列：本年新收174+上年结转3=177，但办理结果总计172+结转下年度2=174，勾稽不平（差3）", messages);
        Assert.Equal(result.Outcome!.Issues.Select(i => i.Message), result.Findings.Select(f => f.Message));
        Assert.All(result.Findings, f => Assert.Equal("2021-wuqing.txt", f.PageUrl));
        Assert.All(result.Findings, f => Assert.Equal("reports-test", f.SiteId));
        Assert.Equal($"{ReportCheckSamples.Organ}|2021", result.Identity);
    }

    [Fact]
    public async Task Url_declaring_100_MiB_is_refused_naming_its_content_length_without_reading_the_body()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/ndbg/2021.pdf", async (HttpContext context) =>
            {
                // Headers and one chunk, then nothing until the client hangs up: a client that read the body would
                // wait for the rest and time out instead of refusing from the headers.
                context.Response.ContentType = "application/pdf";
                context.Response.ContentLength = 100L * 1024 * 1024;
                await context.Response.Body.WriteAsync(new byte[64 * 1024]);
                await context.Response.Body.FlushAsync();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
            }));
        var url = server.Url("/ndbg/2021.pdf");

        var result = Assert.Single((await ReportCheckSamples.Service().CheckAsync([ReportInput.FromUrl(url)], Request, CancellationToken.None)).Results);

        Assert.Equal($"{url.AbsoluteUri}：文件大小为100 MB，超过上限20 MB，未读取", result.ReadFailure?.ChineseMessage);
    }

    [Fact]
    public async Task Chunked_url_over_the_limit_is_refused_without_inventing_a_size()
    {
        var chunk = new byte[64 * 1024];
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/ndbg/2021.txt", async (HttpContext context) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                try
                {
                    for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
                    {
                        await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                        await context.Response.Body.FlushAsync(context.RequestAborted);
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }));
        var options = ReportCheckSamples.FastCrawl();
        options.MaxAttachmentBytes = 1024 * 1024;
        var service = new AnnualReportCheckService(options, new ComplianceFns.Engine.Fetching.SystemHostResolver(), TimeProvider.System);
        var url = server.Url("/ndbg/2021.txt");

        var result = Assert.Single((await service.CheckAsync([ReportInput.FromUrl(url)], Request, CancellationToken.None)).Results);

        Assert.Equal($"{url.AbsoluteUri}：文件大小超过上限1 MB，未读取", result.ReadFailure?.ChineseMessage);
    }

    [Fact]
    public async Task Url_input_is_fetched_and_checked_like_the_file()
    {
        var bytes = ReportCheckSamples.Bytes(ReportCheckSamples.CompleteFile);
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/zwgk/2021-report.txt", () => Results.Bytes(bytes, "text/plain; charset=utf-8")));
        var service = ReportCheckSamples.Service();

        var fromUrl = Assert.Single((await service.CheckAsync([ReportInput.FromUrl(server.Url("/zwgk/2021-report.txt"))], Request, CancellationToken.None)).Results);
        var fromFile = Assert.Single((await service.CheckAsync([ReportInput.FromFile(ReportCheckSamples.CompleteFile, bytes)], Request, CancellationToken.None)).Results);

        Assert.True(fromUrl.Read, fromUrl.ReadFailure?.ChineseMessage);
        Assert.Equal(server.Url("/zwgk/2021-report.txt").AbsoluteUri, fromUrl.Source);
        Assert.Equal(fromFile.Outcome!.Issues.Select(i => (i.RuleId, i.Message)), fromUrl.Outcome!.Issues.Select(i => (i.RuleId, i.Message)));
        Assert.Equal(fromFile.Outcome.Undecidable, fromUrl.Outcome.Undecidable);
        Assert.Equal(1, server.CountOf("GET", "/zwgk/2021-report.txt"));
    }

    [Fact]
    public async Task Gbk_html_report_url_is_decoded_and_read()
    {
        var html = ReportHtmlFixture.Page().Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal);
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/ndbg/2021.html", (HttpContext context) => LoopbackHttpServer.Html(context, html, "gbk")));

        var result = Assert.Single((await ReportCheckSamples.Service().CheckAsync([ReportInput.FromUrl(server.Url("/ndbg/2021.html"))], Request, CancellationToken.None)).Results);

        Assert.True(result.Read, result.ReadFailure?.ChineseMessage);
        Assert.Equal(DocumentKind.Html, result.Kind);
        var report = result.Outcome!.Report;
        Assert.Equal(SampleReport.Title, report.Title);
        Assert.Equal(ReportCheckSamples.Organ, report.Organ);
        Assert.Equal(2021, report.Year);
        Assert.Equal(174, report.Table3!.Row("一")!.Values[6].Number);
        Assert.DoesNotContain(result.Findings, f => f.Severity >= Severity.General);
    }

    [Fact]
    public async Task Page_title_names_the_report_when_the_article_has_no_heading()
    {
        var html = ReportHtmlFixture.Page().Replace($"<h1>{SampleReport.Title}</h1>", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", html, StringComparison.Ordinal);

        var result = Assert.Single((await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromFile("report.html", Encoding.UTF8.GetBytes(html))], Request, CancellationToken.None)).Results);

        Assert.Equal(ReportCheckSamples.Organ, result.Outcome!.Report.Organ);
        Assert.Equal(2021, result.Outcome.Report.Year);
        Assert.Equal($"{ReportCheckSamples.Organ}|2021", result.Identity);
    }

    [Fact]
    public async Task Corrupt_pdf_gives_one_read_failure_finding_naming_the_file()
    {
        var corrupt = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or trailer");

        var result = Assert.Single((await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromFile("2021年报.pdf", corrupt)], Request, CancellationToken.None)).Results);

        Assert.False(result.Read);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ReportFindingFactory.ReadFailureRuleId, finding.RuleId);
        Assert.Equal(Severity.General, finding.Severity);
        Assert.Equal("2021年报.pdf", finding.PageUrl);
        Assert.StartsWith("2021年报.pdf：", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_that_cannot_be_fetched_is_one_failure_naming_the_url()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", () => "index"));
        var missing = server.Url("/ndbg/missing.pdf");

        var run = await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromUrl(missing), ReportInput.FromFile(ReportCheckSamples.CompleteFile, ReportCheckSamples.Bytes(ReportCheckSamples.CompleteFile))],
            Request, CancellationToken.None);

        Assert.Equal(2, run.Results.Count);
        var failed = run.Results[0];
        var finding = Assert.Single(failed.Findings);
        Assert.Equal("S-READ", finding.RuleId);
        Assert.Equal($"{missing.AbsoluteUri}：无法下载（服务器返回 HTTP 404）", finding.Message);
        Assert.True(run.Results[1].Read);
    }

    [Fact]
    public async Task Consecutive_years_of_one_organ_reconcile_the_carry_over()
    {
        // The later year first: pairing does not depend on the order of the inputs.
        var run = await ReportCheckSamples.Service().CheckAsync(
            [
                ReportInput.FromFile("2022-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.NextYear(2022, carriedIn: 3))),
                ReportInput.FromFile("2021-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.Complete2021WithTitle())),
            ],
            Request, CancellationToken.None);

        var later = run.Results[0];
        Assert.Equal("2021-wuqing.txt", later.PreviousYearSource);
        var carry = later.Findings.Where(f => f.RuleId == "T3-CARRY-Y").ToList();
        Assert.Equal(
            [
                "本年度“上年结转”“自然人”列3件，与2021年度报告“结转下年度继续办理”“自然人”列2件不一致（差1）",
                "本年度“上年结转”总计3件，与2021年度报告“结转下年度继续办理”总计2件不一致（差1）",
            ],
            carry.Select(f => f.Message));
        Assert.All(carry, f => Assert.Equal(("2", "3"), (f.EvidenceValue("expected"), f.EvidenceValue("actual"))));
        Assert.Null(run.Results[1].PreviousYearSource);
        Assert.Contains(run.Results[1].Outcome!.Undecidable, u => u.RuleId == "T3-CARRY-Y");
    }

    [Fact]
    public async Task Matching_carry_over_gives_no_cross_year_finding()
    {
        var run = await ReportCheckSamples.Service().CheckAsync(
            [
                ReportInput.FromFile("2021-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.Complete2021WithTitle())),
                ReportInput.FromFile("2022-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.NextYear(2022, carriedIn: 2))),
            ],
            Request, CancellationToken.None);

        var later = run.Results[1].Outcome!;
        Assert.DoesNotContain(later.Issues, i => i.RuleId == "T3-CARRY-Y");
        Assert.DoesNotContain(later.Undecidable, u => u.RuleId == "T3-CARRY-Y");
    }

    [Fact]
    public async Task Another_organs_report_is_not_taken_as_the_previous_year()
    {
        var otherOrgan = ReportCheckSamples.Complete2021WithTitle().Replace(ReportCheckSamples.Organ, "天津市武清区司法局", StringComparison.Ordinal);

        var run = await ReportCheckSamples.Service().CheckAsync(
            [
                ReportInput.FromFile("2021-sfj.txt", ReportCheckSamples.Utf8(otherOrgan)),
                ReportInput.FromFile("2022-wuqing.txt", ReportCheckSamples.Utf8(ReportCheckSamples.NextYear(2022, carriedIn: 3))),
            ],
            Request, CancellationToken.None);

        Assert.Null(run.Results[1].PreviousYearSource);
        Assert.DoesNotContain(run.Results[1].Findings, f => f.RuleId == "T3-CARRY-Y");
        Assert.Contains(run.Results[1].Outcome!.Undecidable, u => u.RuleId == "T3-CARRY-Y");
    }

    [Fact]
    public async Task Configured_organ_name_names_a_report_whose_text_does_not()
    {
        var request = Request with { Organ = new Rules.Reports.Model.OrganProfile(ReportCheckSamples.Organ, Rules.Reports.Model.OrganLevel.County, Rules.Reports.Model.OrganKind.Department) };

        var result = Assert.Single((await ReportCheckSamples.Service().CheckAsync(
            [ReportInput.FromFile(ReportCheckSamples.CompleteFile, ReportCheckSamples.Bytes(ReportCheckSamples.CompleteFile))], request, CancellationToken.None)).Results);

        Assert.Equal(ReportCheckSamples.Organ, result.Outcome!.Report.Organ);
        Assert.Equal($"{ReportCheckSamples.Organ}|2021", result.Identity);
    }
}
