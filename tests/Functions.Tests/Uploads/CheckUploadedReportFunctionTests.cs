using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Specialized;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Uploads;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.Functions.Uploads;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Uploads;

/// <summary>
/// The upload function called as the host would (a BlobClient of a real Azurite blob), with the app's own
/// registration, the real finding store and a real SMTP server on 127.0.0.1.
/// </summary>
public sealed class CheckUploadedReportFunctionTests
{
    private const string BrokenRow = "一、本年新收政府信息公开申请数量 | 174 | 0 | 0 | 0 | 0 | 0 | 174 | ||";

    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task The_complete_sample_text_is_checked_stored_and_written_as_json_and_html()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var blob = await containers.UploadTextAsync("2021年报.txt", UploadContainers.CompleteReport);

        await host.Create<CheckUploadedReportFunction>().RunAsync(blob, Ct);

        var json = await containers.ResultJsonAsync("2021年报.txt");
        Assert.Equal($"{containers.Uploads.Name}/2021年报.txt", json.GetProperty("upload").GetString());
        Assert.Equal("uploads", json.GetProperty("siteId").GetString());
        Assert.Equal("checked", json.GetProperty("status").GetString());
        Assert.Equal("text", json.GetProperty("format").GetString());
        Assert.Equal(SampleReport.Title, json.GetProperty("title").GetString());
        Assert.Equal(2021, json.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("readFailure").ValueKind);
        Assert.Equal(0, json.GetProperty("counts").GetProperty("serious").GetInt32());

        // Every issue in the file is a stored, open finding of the uploads site, and the run is recorded as an upload.
        var stored = await host.Store.GetFindingsAsync("uploads", FindingStatus.Open, Ct);
        Assert.Equal(
            json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).Order(),
            stored.Select(f => f.Fingerprint).Order());
        var run = Assert.Single(await host.Store.GetRecentRunsAsync("uploads", 10, Ct));
        Assert.Equal(UploadCheckProcessor.Trigger, run.Trigger);
        Assert.Equal(RunStatus.Succeeded, run.Status);

        var page = await containers.ResultPageAsync("2021年报.txt");
        Assert.Contains("<html lang=\"zh-CN\">", page, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", page, StringComparison.Ordinal);
        Assert.Contains("年报上传核查结果：2021年报.txt", page, StringComparison.Ordinal);
        Assert.Contains(SampleReport.Title, page, StringComparison.Ordinal);
        var undecidable = json.GetProperty("undecidable").EnumerateArray().ToList();
        Assert.NotEmpty(undecidable);
        Assert.All(undecidable, u => Assert.Contains(HtmlText.Encode(u.GetProperty("reason").GetString()), page, StringComparison.Ordinal));

        // No serious issue, nothing unreadable: no alert.
        Assert.Equal(0, await host.DispatchAlertsAsync());
        Assert.Empty(host.Smtp.Messages);
    }

    [Fact]
    public async Task A_docx_of_the_sample_reads_as_docx_and_finds_what_the_text_finds()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var text = await containers.UploadTextAsync("2021.txt", UploadContainers.CompleteReport);
        var docx = await containers.UploadAsync(
            "2021.docx", ReportDocxFixture.Document(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var function = host.Create<CheckUploadedReportFunction>();

        await function.RunAsync(text, Ct);
        await function.RunAsync(docx, Ct);

        var fromText = await containers.ResultJsonAsync("2021.txt");
        var fromDocx = await containers.ResultJsonAsync("2021.docx");
        Assert.Equal("docx", fromDocx.GetProperty("format").GetString());
        Assert.Equal("checked", fromDocx.GetProperty("status").GetString());
        Assert.Equal(SampleReport.Title, fromDocx.GetProperty("title").GetString());
        Assert.Equal(Rules(fromText), Rules(fromDocx));
    }

    [Fact]
    public async Task A_corrupt_pdf_is_an_unreadable_result_a_read_failure_finding_and_one_alert()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var blob = await containers.UploadAsync("2021年报.pdf", "%PDF-1.7\n1 0 obj garbage"u8.ToArray(), "application/pdf");

        await host.Create<CheckUploadedReportFunction>().RunAsync(blob, Ct);

        var json = await containers.ResultJsonAsync("2021年报.pdf");
        Assert.Equal("unreadable", json.GetProperty("status").GetString());
        var failure = json.GetProperty("readFailure").GetString();
        Assert.StartsWith($"{containers.Uploads.Name}/2021年报.pdf：", failure, StringComparison.Ordinal);
        var issue = Assert.Single(json.GetProperty("issues").EnumerateArray());
        Assert.Equal("S-READ", issue.GetProperty("rule").GetString());
        Assert.Equal("S-READ", Assert.Single(await host.Store.GetFindingsAsync("uploads", FindingStatus.Open, Ct)).RuleId);
        Assert.Contains("文件无法读取", await containers.ResultPageAsync("2021年报.pdf"), StringComparison.Ordinal);

        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Equal("【政务公开巡检】上传年报核查未通过：uploads", mail.Subject);
        Assert.Contains($"上传的年报“{containers.Uploads.Name}/2021年报.pdf”无法读取，未能核查。", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("原因：" + failure, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_cell_is_a_serious_issue_with_its_place_and_one_alert_mail_names_the_file()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers, new Dictionary<string, string?>
        {
            ["Inspection:Sites:0:Id"] = "wuqing",
            ["Inspection:Sites:0:Name"] = "武清区政务服务办",
            ["Inspection:Sites:0:StartUrls:0"] = "http://127.0.0.1:9/",
            ["Inspection:Sites:0:AlertRecipients:0"] = "office@example.gov.cn",
        });
        var blob = await containers.UploadTextAsync("wuqing/2021年报.txt", Broken());

        await host.Create<CheckUploadedReportFunction>().RunAsync(blob, Ct);

        var json = await containers.ResultJsonAsync("wuqing/2021年报.txt");
        Assert.Equal("wuqing", json.GetProperty("siteId").GetString());
        var row = json.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("rule").GetString() == "T3-ROW");
        Assert.Equal("serious", row.GetProperty("severity").GetString());
        Assert.Equal("严重", row.GetProperty("severityLabel").GetString());
        Assert.Equal("表三", row.GetProperty("table").GetString());
        Assert.Equal("一", row.GetProperty("row").GetString());
        Assert.Equal("一、本年新收政府信息公开申请数量", row.GetProperty("rowLabel").GetString());
        Assert.Equal("总计", row.GetProperty("column").GetString());
        Assert.Equal("175", row.GetProperty("expected").GetString());
        Assert.Equal("174", row.GetProperty("actual").GetString());
        Assert.Equal("表三“一、本年新收政府信息公开申请数量”行：各类申请人合计175，与“总计”174不符（差1）", row.GetProperty("message").GetString());
        var serious = json.GetProperty("counts").GetProperty("serious").GetInt32();
        Assert.Equal(1, serious);
        Assert.Contains(await host.Store.GetFindingsAsync("wuqing", FindingStatus.Open, Ct), f => f.RuleId == "T3-ROW" && f.Severity == Severity.Serious);

        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(1));
        Assert.Equal(["admin@example.gov.cn", "office@example.gov.cn"], mail.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Equal("【政务公开巡检】上传年报核查未通过：武清区政务服务办（wuqing）", mail.Subject);
        Assert.Contains($"上传的年报“{containers.Uploads.Name}/wuqing/2021年报.txt”核查发现 {serious} 处严重问题", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"问题数量：严重 {serious}，", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("【严重】T3-ROW：" + row.GetProperty("message").GetString(), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("核查结果：" + host.Get<IOptions<UploadOptions>>().Value.ResultsContainer + "/wuqing/2021年报.txt.html", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_serious_issue_the_office_marked_no_action_needed_raises_no_alert_when_a_new_version_is_uploaded()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var function = host.Create<CheckUploadedReportFunction>();
        await function.RunAsync(await containers.UploadTextAsync("2021.txt", Broken()), Ct);
        Assert.Equal(1, await host.DispatchAlertsAsync());

        // The office judges the table break and records 无需整改 with a reason (as a ledger import does).
        var row = Assert.Single(await host.Store.GetFindingsAsync("uploads", FindingStatus.Open, Ct), f => f.RuleId == "T3-ROW");
        await host.Store.SaveRectificationsAsync("uploads", new Dictionary<string, FindingRectification>
        {
            [row.Fingerprint] = new()
            {
                Status = RectificationStatus.NoActionNeeded, NoActionReason = "原表如此，已向上级报备", StatusVersion = FindingVersion.Of(row),
                StatusSetAt = host.Time.GetUtcNow(), StatusSetBy = "张三", UpdatedAt = host.Time.GetUtcNow(), UpdatedBy = "张三",
            },
        }, Ct);

        // A new version of the file (other bytes, the same break): its only serious issue is suppressed, so no mail.
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await function.RunAsync(await containers.UploadTextAsync("2021.txt", Broken() + "\n"), Ct);

        Assert.Equal(1, (await containers.ResultJsonAsync("2021.txt")).GetProperty("counts").GetProperty("serious").GetInt32());
        Assert.Equal(0, await host.DispatchAlertsAsync());
        Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task The_same_blob_twice_changes_nothing_and_sends_no_second_mail()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var blob = await containers.UploadTextAsync("2021.txt", Broken());
        var function = host.Create<CheckUploadedReportFunction>();
        await function.RunAsync(blob, Ct);
        var findings = await host.Store.GetFindingsAsync("uploads", null, Ct);
        var json = await containers.ResultBytesAsync("2021.txt.json");
        var page = await containers.ResultBytesAsync("2021.txt.html");
        Assert.Equal(1, await host.DispatchAlertsAsync());

        // Event Grid delivers at least once: the same version again.
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await function.RunAsync(blob, Ct);

        Assert.Equal(findings.Select(f => f.Fingerprint).Order(), (await host.Store.GetFindingsAsync("uploads", null, Ct)).Select(f => f.Fingerprint).Order());
        Assert.Single(await host.Store.GetRecentRunsAsync("uploads", 10, Ct));
        Assert.Equal(json, await containers.ResultBytesAsync("2021.txt.json"));
        Assert.Equal(page, await containers.ResultBytesAsync("2021.txt.html"));
        Assert.Equal(0, await host.DispatchAlertsAsync());
        Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task The_same_content_uploaded_again_is_rechecked_to_the_same_findings_and_no_second_mail()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var function = host.Create<CheckUploadedReportFunction>();
        await function.RunAsync(await containers.UploadTextAsync("2021.txt", Broken()), Ct);
        var first = await containers.ResultJsonAsync("2021.txt");
        var findings = await host.Store.GetFindingsAsync("uploads", null, Ct);
        Assert.Equal(1, await host.DispatchAlertsAsync());

        host.Time.Advance(TimeSpan.FromMinutes(5));
        await function.RunAsync(await containers.UploadTextAsync("2021.txt", Broken()), Ct);

        var second = await containers.ResultJsonAsync("2021.txt");
        Assert.Equal(WithoutUploadTime(first), WithoutUploadTime(second));
        var again = await host.Store.GetFindingsAsync("uploads", null, Ct);
        Assert.Equal(findings.Select(f => f.Fingerprint).Order(), again.Select(f => f.Fingerprint).Order());
        Assert.All(again, f => Assert.Equal(FindingStatus.Open, f.Status));
        Assert.Equal(0, (await host.Store.GetRecentRunsAsync("uploads", 10, Ct))[0].NewFindings);
        Assert.Equal(0, await host.DispatchAlertsAsync());
        Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task A_200_MB_blob_is_refused_from_its_size_without_being_downloaded()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        // A page blob is sparse: 200 MB by its properties, nothing written.
        var pageBlob = containers.Uploads.GetPageBlobClient("巨大年报.pdf");
        await pageBlob.CreateAsync(200L * 1024 * 1024);
        var blob = containers.Uploads.GetBlobClient("巨大年报.pdf");
        var upload = new CountingUpload(new BlobUpload(blob, host.Get<IOptions<UploadOptions>>().Value.ResultsContainer));

        var outcome = await host.Get<UploadCheckProcessor>().ProcessAsync(upload, upload, Ct);

        Assert.True(outcome.RefusedBySize);
        Assert.Equal(1, upload.PropertyReads);
        Assert.Equal(0, upload.Opens);
        var json = await containers.ResultJsonAsync("巨大年报.pdf");
        Assert.Equal("unreadable", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("contentSha256").ValueKind);
        Assert.Equal(
            $"{containers.Uploads.Name}/巨大年报.pdf：文件大小为200 MB，超过上限20 MB，未读取",
            json.GetProperty("readFailure").GetString());
        var finding = Assert.Single(await host.Store.GetFindingsAsync("uploads", FindingStatus.Open, Ct));
        Assert.Equal("S-READ", finding.RuleId);
        Assert.Equal(RunStatus.Failed, Assert.Single(await host.Store.GetRecentRunsAsync("uploads", 10, Ct)).Status);
        Assert.Equal(1, await host.DispatchAlertsAsync());
    }

    [Fact]
    public async Task A_blob_longer_than_its_properties_say_is_refused_without_naming_a_size_it_does_not_know()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await StartAsync(containers);
        var pageBlob = containers.Uploads.GetPageBlobClient("变长年报.pdf");
        await pageBlob.CreateAsync(32L * 1024 * 1024);
        var blob = containers.Uploads.GetBlobClient("变长年报.pdf");
        var upload = new UnderstatedUpload(new BlobUpload(blob, host.Get<IOptions<UploadOptions>>().Value.ResultsContainer), 1024);

        var outcome = await host.Get<UploadCheckProcessor>().ProcessAsync(upload, upload.Inner, Ct);

        Assert.False(outcome.RefusedBySize);
        var json = await containers.ResultJsonAsync("变长年报.pdf");
        Assert.Equal(
            $"{containers.Uploads.Name}/变长年报.pdf：文件大小超过上限20 MB，未读取",
            json.GetProperty("readFailure").GetString());
    }

    [Fact]
    public async Task A_failing_check_is_rethrown_for_the_retry_writes_no_result_and_its_attempts_fold_into_one_mail()
    {
        await using var containers = await UploadContainers.CreateAsync();
        await using var host = await FunctionsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Uploads:ResultsContainer"] = containers.Results.Name },
            before: services => services.AddSingleton<IFindingStore>(sp => new MergeFailingStore(new TableFindingStore(
                sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<IOptions<StorageOptions>>()))));
        var blob = await containers.UploadTextAsync("2021.txt", UploadContainers.CompleteReport);
        var function = host.Create<CheckUploadedReportFunction>();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => function.RunAsync(blob, Ct));
            Assert.Equal(MergeFailingStore.Error, thrown.Message);
        }

        // No result marks the upload as done, so the platform's retry checks it again.
        Assert.False(await containers.Results.GetBlobClient("2021.txt.json").ExistsAsync());
        Assert.Equal(1, await host.DispatchAlertsAsync());
        var mail = Assert.Single(await host.Smtp.WaitForAsync(2, TimeSpan.FromMilliseconds(500)));
        Assert.Contains($"核查上传的年报“{containers.Uploads.Name}/2021.txt”时出错，系统将自动重试。（本时段内共 3 次）", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("错误：运行中出现异常（程序内部状态错误），技术细节已记入运行记录和日志", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MergeFailingStore.Error, mail.TextBody, StringComparison.Ordinal); // staff never read the exception
    }

    private static Task<FunctionsTestHost> StartAsync(UploadContainers containers, Dictionary<string, string?>? settings = null)
    {
        var all = settings ?? [];
        all["Uploads:ResultsContainer"] = containers.Results.Name;
        return FunctionsTestHost.StartAsync(all);
    }

    /// <summary>The complete report with 自然人 of 本年新收 raised to 175 while its 总计 stays 174.</summary>
    private static string Broken()
    {
        Assert.Contains(BrokenRow, UploadContainers.CompleteReport, StringComparison.Ordinal);
        return UploadContainers.CompleteReport.Replace(BrokenRow, "一、本年新收政府信息公开申请数量 | 175 | 0 | 0 | 0 | 0 | 0 | 174 | ||", StringComparison.Ordinal);
    }

    private static string[] Rules(JsonElement result) =>
        result.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("rule").GetString()!).ToArray();

    private static string WithoutUploadTime(JsonElement result) =>
        JsonSerializer.Serialize(result.EnumerateObject().Where(p => p.Name != "uploadedAt").ToDictionary(p => p.Name, p => p.Value));

    /// <summary>Reports a smaller size than the blob has, as a blob still being written (or a lying store) would.</summary>
    private sealed class UnderstatedUpload(BlobUpload inner, long size) : IUploadedBlob
    {
        public BlobUpload Inner => inner;

        public string Container => inner.Container;

        public string Name => inner.Name;

        public async Task<UploadedBlobProperties> GetPropertiesAsync(CancellationToken ct) =>
            await inner.GetPropertiesAsync(ct) with { Size = size };

        public Task<Stream> OpenReadAsync(UploadedBlobProperties expected, CancellationToken ct) => inner.OpenReadAsync(expected, ct);
    }

    /// <summary>Counts what the processor asks of the blob, to prove a refused upload was never opened.</summary>
    private sealed class CountingUpload(BlobUpload inner) : IUploadedBlob, IUploadResultSink
    {
        public int PropertyReads { get; private set; }

        public int Opens { get; private set; }

        public string Container => inner.Container;

        public string Name => inner.Name;

        public Task<UploadedBlobProperties> GetPropertiesAsync(CancellationToken ct)
        {
            PropertyReads++;
            return inner.GetPropertiesAsync(ct);
        }

        public Task<Stream> OpenReadAsync(UploadedBlobProperties expected, CancellationToken ct)
        {
            Opens++;
            return inner.OpenReadAsync(expected, ct);
        }

        public Task<string?> GetCompletedSourceETagAsync(CancellationToken ct) => inner.GetCompletedSourceETagAsync(ct);

        public Task WriteAsync(UploadResultFiles files, CancellationToken ct) => inner.WriteAsync(files, ct);
    }
}
