using System.Text;
using System.Text.Json;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.TestSupport.Storage;
using MimeKit;

namespace ComplianceFns.Cli.Tests.Commands;

public sealed class CheckReportCommandTests : IDisposable
{
    private const string Organ = "天津市武清区政务服务办";

    private readonly string folder = Directory.CreateTempSubdirectory("check-report-").FullName;

    [Fact]
    public async Task Jsonl_has_one_line_per_issue_and_per_unreadable_file_with_the_documented_fields()
    {
        var defective = Write("2021-wuqing.txt", Defective());
        var corrupt = Write("2021年报.pdf", "%PDF-1.7\ngarbage without xref");

        var (exit, output, error) = await RunAsync(["check-report", defective, corrupt, "--format", "jsonl"]);

        Assert.Equal(ExitCodes.Ok, exit);
        var all = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var lines = all.Where(l => l.GetProperty("status").GetString() == "issue").ToList();
        foreach (var line in lines)
        {
            foreach (var field in new[] { "rule", "severity", "message", "file", "table", "row", "column", "expected", "actual", "line" })
            {
                Assert.True(line.TryGetProperty(field, out _), $"missing '{field}' in {line}");
            }
        }

        var column = Assert.Single(lines, l => l.GetProperty("rule").GetString() == "T3-COL" && l.GetProperty("column").GetString() == "自然人");
        Assert.Equal("serious", column.GetProperty("severity").GetString());
        Assert.Equal(defective, column.GetProperty("file").GetString());
        Assert.Equal("表三", column.GetProperty("table").GetString());
        Assert.Equal("表三“自然人”列：本年新收174+上年结转3=177，但办理结果总计172+结转下年度2=174，勾稽不平（差3）", column.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Number, column.GetProperty("line").ValueKind);
        var read = Assert.Single(lines, l => l.GetProperty("rule").GetString() == "S-READ");
        Assert.Equal(corrupt, read.GetProperty("file").GetString());
        Assert.Contains("2021年报.pdf", read.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("共核查年报 2 份（无法读取 1 份）", error, StringComparison.Ordinal);

        // Checks that could not be decided are lines too: rule and reason, never mistaken for "checked and fine".
        var undecidable = all.Where(l => l.GetProperty("status").GetString() == "undecidable").ToList();
        var carry = Assert.Single(undecidable, l => l.GetProperty("rule").GetString() == "T3-CARRY-Y");
        Assert.Equal("未提供上年度报告，跨年度结转不可判定", carry.GetProperty("reason").GetString());
        Assert.Equal(defective, carry.GetProperty("file").GetString());
        Assert.Equal(all.Count, lines.Count + undecidable.Count);
    }

    [Fact]
    public async Task Table_output_groups_by_file_with_severity_first_then_the_undecidable_list_and_a_summary()
    {
        var defective = Write("2021-wuqing.txt", Defective());

        var (exit, output, _) = await RunAsync(["check-report", defective]);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith($"== {defective}（{Organ}，2021年度，文本）", output, StringComparison.Ordinal);
        Assert.Contains("1. 【严重】T3-COL 表三“自然人”列：", output, StringComparison.Ordinal);
        var undecidable = output.IndexOf("不可判定", StringComparison.Ordinal);
        Assert.True(undecidable > output.IndexOf("【严重】", StringComparison.Ordinal));
        Assert.Contains("T3-CARRY-Y：未提供上年度报告，跨年度结转不可判定", output, StringComparison.Ordinal);
        Assert.EndsWith("不可判定 3 项。" + Environment.NewLine, output.Replace("\r\n", Environment.NewLine, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serious", ExitCodes.FindingsAtThreshold)]
    [InlineData("none", ExitCodes.Ok)]
    public async Task Fail_on_sets_the_exit_code_by_severity(string failOn, int expected)
    {
        var (exit, _, _) = await RunAsync(["check-report", Write("2021-wuqing.txt", Defective()), "--fail-on", failOn]);

        Assert.Equal(expected, exit);
    }

    [Fact]
    public async Task A_report_with_only_a_hint_passes_fail_on_general()
    {
        var (exit, _, _) = await RunAsync(["check-report", Write("2021-wuqing.txt", Complete()), "--fail-on", "general"]);

        Assert.Equal(ExitCodes.Ok, exit);
    }

    [Fact]
    public async Task Only_unreadable_input_is_a_failure()
    {
        var (exit, output, error) = await RunAsync(["check-report", Write("broken.pdf", "%PDF-1.4 nothing")]);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("【一般】S-READ", output, StringComparison.Ordinal);
        Assert.Contains("无法读取", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_a_usage_error_naming_it()
    {
        var missing = Path.Combine(folder, "no-such-report.pdf");

        var (exit, output, error) = await RunAsync(["check-report", Write("2021-wuqing.txt", Complete()), missing]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"错误：找不到文件：{missing}。", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync(["check-report", Write("2021-wuqing.txt", Complete()), "--organ-type", "county"]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("错误：未知选项 --organ-type（是否想输入 --organ-", error, StringComparison.Ordinal);
        Assert.Contains("；可用选项：--year、", error, StringComparison.Ordinal);
        Assert.Contains("用法见 compliancefns check-report --help。", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_organ_level_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync(["check-report", Write("2021-wuqing.txt", Complete()), "--organ-level", "city"]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--organ-level 只能取 township、county、prefecture、province、state-council 之一（收到“city”）", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_storage_a_second_check_finds_nothing_new()
    {
        // A unique organ and site keep this test's rows apart in the shared default tables.
        var organ = "测试" + Guid.NewGuid().ToString("N")[..8] + "局";
        var file = Write("2021-report.txt", Defective().Replace(Organ, organ, StringComparison.Ordinal));
        string[] args = ["check-report", file, "--storage", AzuriteStorage.ConnectionString, "--site", "cli-" + organ];

        var (_, first, _) = await RunAsync(args);
        var (exit, second, _) = await RunAsync(args);

        Assert.Equal(ExitCodes.Ok, exit);
        // The defective copy's issues plus the sample's own fee note: all new the first time, all still open the second.
        var found = System.Text.RegularExpressions.Regex.Match(first, "新发现 (\\d+) 个");
        Assert.True(found.Success, first);
        Assert.True(int.Parse(found.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2, first);
        Assert.Contains($"新发现 0 个，仍未整改 {found.Groups[1].Value} 个", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_storage_a_junk_page_titled_like_a_stored_report_says_the_stored_one_is_kept()
    {
        var organ = "测试" + Guid.NewGuid().ToString("N")[..8] + "局";
        var site = "cli-" + organ;
        var complete = Write("2021-report.txt", Complete().Replace(Organ, organ, StringComparison.Ordinal));
        var junk = Write("2021-junk.html", $"<html><head><title>{organ}2021年政府信息公开工作年度报告</title></head><body><p>年报正在更新</p></body></html>");
        await RunAsync(["check-report", complete, "--storage", AzuriteStorage.ConnectionString, "--site", site]);

        var (_, table, _) = await RunAsync(["check-report", junk, "--storage", AzuriteStorage.ConnectionString, "--site", site]);
        var (_, _, jsonlError) = await RunAsync(["check-report", junk, "--storage", AzuriteStorage.ConnectionString, "--site", site, "--format", "jsonl"]);

        const string Note = "已保存的2021年报告（6部分、3张表）比本次读取的（0部分、0张表）更完整，保留原文本用于跨年度核对";
        Assert.True(table.Contains(junk + "：" + Note, StringComparison.Ordinal), table); // after the issues: known only once stored
        Assert.Contains(junk + "：" + Note, jsonlError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_lists_the_command()
    {
        var (_, output, _) = await RunAsync(["check-report", "--help"]);

        Assert.Contains("用法：compliancefns check-report <文件或网址>... [选项]", output, StringComparison.Ordinal);
        Assert.Contains("--year YYYY", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_named_two_ways_gives_the_same_fingerprints()
    {
        // No title: the report names no organ, so the file itself is the report's identity.
        var text = Complete();
        var path = Write("report.txt", text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        var roundabout = Path.Combine(folder, "sub", "..", "report.txt");

        var (_, direct, _) = await RunAsync(["check-report", path, "--format", "jsonl"]);
        var (_, indirect, _) = await RunAsync(["check-report", roundabout, "--format", "jsonl"]);

        var fingerprints = Fingerprints(direct);
        Assert.NotEmpty(fingerprints);
        Assert.Equal(fingerprints, Fingerprints(indirect));
    }

    [Fact]
    public async Task An_oversized_file_is_refused_as_its_own_failure_in_Chinese_and_the_other_file_is_checked()
    {
        var huge = Path.Combine(folder, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(60L * 1024 * 1024);
        }

        var (exit, output, _) = await RunAsync(["check-report", huge, Write("2021-wuqing.txt", Defective()), "--format", "jsonl"]);

        Assert.Equal(ExitCodes.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var read = Assert.Single(lines, l => l.GetProperty("rule").GetString() == "S-READ");
        Assert.Contains("超过上限", read.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.GetProperty("rule").GetString() == "T3-COL");
    }

    [Fact]
    public async Task Mail_out_writes_the_alert_naming_each_report_with_serious_issues_or_unreadable_and_the_digest()
    {
        // A store of its own: the digest lists what is new to it.
        await using var azurite = await PrivateAzurite.StartAsync();
        var defective = Write("2021-wuqing.txt", Defective());
        var complete = Write("2021-complete.txt", Complete().Replace(Organ, "天津市武清区司法局", StringComparison.Ordinal));
        var corrupt = Write("2021年报.pdf", "%PDF-1.7\ngarbage without xref");
        var mailFolder = Path.Combine(folder, "mail");

        var (exit, output, _) = await RunAsync(
            ["check-report", defective, complete, corrupt, "--storage", azurite.ConnectionString, "--mail-out", mailFolder, "--mail-to", "duty@example.gov.cn"]);

        Assert.Equal(ExitCodes.Ok, exit);
        var alertPath = Path.Combine(mailFolder, MailPreviewWriter.AlertFileName);
        var digestPath = Path.Combine(mailFolder, MailPreviewWriter.DigestFileName);
        Assert.Contains($"告警邮件（预览）：{alertPath}", output, StringComparison.Ordinal);
        Assert.Contains($"每日汇总邮件（预览）：{digestPath}", output, StringComparison.Ordinal);

        using var alert = await MimeMessage.LoadAsync(alertPath);
        Assert.Equal(["duty@example.gov.cn"], alert.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("【政务公开巡检】2 条告警：年报核查未通过（annual-reports）等", alert.Subject);
        // The defective report with its serious table break, and the unreadable one; the clean report is not named.
        Assert.Contains($"年报“{defective}”核查发现 2 处严重问题", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("表三“自然人”列：本年新收174+上年结转3=177", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains($"年报“{corrupt}”无法读取，未能核查。", alert.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(complete, alert.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("上传的年报", alert.TextBody, StringComparison.Ordinal);
        // The Message-Id names the sender's domain, not the machine that wrote the file.
        Assert.EndsWith("@" + AlertMailFile.PreviewSender.Domain, alert.MessageId, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.MachineName, alert.MessageId, StringComparison.OrdinalIgnoreCase);

        using var digest = await MimeMessage.LoadAsync(digestPath);
        Assert.Equal(["duty@example.gov.cn"], digest.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("表三“自然人”列", digest.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_out_of_clean_reports_says_no_alert_is_needed()
    {
        await using var azurite = await PrivateAzurite.StartAsync();
        var mailFolder = Path.Combine(folder, "mail");

        var (exit, output, _) = await RunAsync(
            ["check-report", Write("2021-wuqing.txt", Complete()), "--storage", azurite.ConnectionString, "--mail-out", mailFolder, "--mail-to", "duty@example.gov.cn"]);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("无需发送告警邮件：没有无法读取或有严重问题的年报", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(mailFolder, MailPreviewWriter.AlertFileName)));
        Assert.True(File.Exists(Path.Combine(mailFolder, MailPreviewWriter.DigestFileName)));
    }

    [Fact]
    public async Task A_100_MiB_file_is_refused_naming_its_own_size()
    {
        var huge = Path.Combine(folder, "2021年报.pdf");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var (exit, output, _) = await RunAsync(["check-report", huge, "--format", "jsonl"]);

        Assert.Equal(ExitCodes.Failure, exit);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("S-READ", line.GetProperty("rule").GetString());
        Assert.Equal($"{huge}：文件大小为100 MB，超过上限50 MB，未读取", line.GetProperty("message").GetString());
    }

    private static List<string> Fingerprints(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("status").GetString() == "issue")
            .Select(l => l.GetProperty("fingerprint").GetString()!)];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Complete() =>
        $"{Organ}2021年政府信息公开工作年度报告\n" + File.ReadAllText(Path.Combine(AzuriteStorage.FindRepositoryRoot(), "..", "shared", "samples", "annual-reports", "2021-tianjin-wuqing-zwfwb.txt"));

    /// <summary>The complete report with 上年结转 3 instead of 0: T3-COL breaks in 自然人 and 总计.</summary>
    private static string Defective()
    {
        const string row = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||";
        var text = Complete();
        Assert.Contains(row, text, StringComparison.Ordinal);
        return text.Replace(row, "二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||", StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
