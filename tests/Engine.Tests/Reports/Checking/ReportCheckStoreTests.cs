using System.Text;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Tests.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

/// <summary>Report checks against Azurite: findings history, coverage per report, run records and the cross-year memory.</summary>
public sealed class ReportCheckStoreTests : StoreTestBase
{
    private const string Site = "wuqing";
    private const string OtherOrgan = "天津市武清区司法局";

    private readonly TableReportTextStore texts;
    private readonly AnnualReportCheckService service;

    public ReportCheckStoreTests()
    {
        texts = new TableReportTextStore(ServiceClient, Options);
        service = ReportCheckSamples.Service(Store, texts);
    }

    [Fact]
    public async Task Findings_and_a_report_run_are_stored()
    {
        var run = await CheckAsync(("2021-wuqing.txt", Defective2021()));

        var expected = run.Results[0].Findings.Select(f => f.Fingerprint).Order().ToList();
        Assert.Contains(run.Results[0].Findings, f => f.RuleId == "T3-COL");
        var stored = await Store.GetFindingsAsync(Site, FindingStatus.Open, Ct);
        Assert.Equal(expected, stored.Select(f => f.Fingerprint).Order());
        Assert.Equal(run.Results[0].Findings.Select(f => f.Message).Order(), stored.Select(f => f.Message).Order());

        var record = Assert.Single(await Store.GetRecentRunsAsync(Site, 10, Ct));
        Assert.Equal("report", record.Trigger);
        Assert.Equal(run.RunId, record.RunId);
        Assert.Equal(RunStatus.Succeeded, record.Status);
        Assert.Equal(1, record.PagesCrawled);
        Assert.Equal(expected.Count, record.NewFindings);
        Assert.Equal(run.Results[0].Findings.Count(f => f.RuleId == "T3-COL"), record.FindingsByRule["T3-COL"]);
    }

    [Fact]
    public async Task Checking_the_same_report_twice_stores_each_finding_once()
    {
        var first = await CheckAsync(("2021-wuqing.txt", Defective2021()));
        var second = await CheckAsync(("2021-wuqing.txt", Defective2021()));

        var count = first.Results[0].Findings.Count;
        Assert.True(count > 0);
        Assert.Equal(first.Results[0].Findings.Select(f => f.Fingerprint), second.Results[0].Findings.Select(f => f.Fingerprint));
        Assert.Equal(0, second.Merge!.New);
        Assert.Equal(count, second.Merge.StillOpen);
        Assert.Equal(0, second.Merge.Resolved);
        Assert.Equal(count, (await ReadFindingsTableAsync()).Count);
        Assert.Equal(2, (await Store.GetRecentRunsAsync(Site, 10, Ct)).Count);
    }

    [Fact]
    public async Task Fixed_report_resolves_exactly_its_own_old_findings()
    {
        var broken = await CheckAsync(("2021-wuqing.txt", Defective2021()));
        var other = await CheckAsync(("2021-sfj.txt", OfOtherOrgan(Defective2021())));
        var fixedRun = await CheckAsync(("2021-wuqing.txt", ReportCheckSamples.Complete2021WithTitle()));

        var brokenSerious = broken.Results[0].Findings.Where(f => f.Severity == Severity.Serious).Select(f => f.Fingerprint).ToHashSet();
        Assert.NotEmpty(brokenSerious);
        Assert.Equal(brokenSerious.Order(), fixedRun.Merge!.ResolvedFingerprints.Order());
        var open = (await Store.GetFindingsAsync(Site, FindingStatus.Open, Ct)).Select(f => f.Fingerprint).ToHashSet();
        Assert.Superset(other.Results[0].Findings.Select(f => f.Fingerprint).ToHashSet(), open);
        Assert.DoesNotContain(open, brokenSerious.Contains);
    }

    [Fact]
    public async Task Fixing_another_file_name_of_the_same_report_resolves_it_too()
    {
        // The identity is organ|year, so the corrected report uploaded under a new name still settles the old findings.
        var broken = await CheckAsync(("2021-wuqing.txt", Defective2021()));
        var fixedRun = await CheckAsync(("2021-wuqing-corrected.docx.txt", ReportCheckSamples.Complete2021WithTitle()));

        Assert.Equal(
            broken.Results[0].Findings.Where(f => f.Severity == Severity.Serious).Select(f => f.Fingerprint).Order(),
            fixedRun.Merge!.ResolvedFingerprints.Order());
    }

    [Fact]
    public async Task Unreadable_file_resolves_nothing_and_a_readable_one_settles_its_read_failure()
    {
        await CheckAsync(("2021-wuqing.txt", Defective2021()));
        var unreadable = await service.CheckAsync(
            [ReportInput.FromFile("2021-wuqing.txt", "%PDF-1.7\ngarbage"u8.ToArray())], new ReportCheckRequest(Site), Ct);
        Assert.Equal(0, unreadable.Merge!.Resolved);
        Assert.Equal(RunStatus.Failed, unreadable.Run!.Status);

        var readable = await CheckAsync(("2021-wuqing.txt", Defective2021()));

        var readFailure = Assert.Single(unreadable.Results[0].Findings);
        Assert.Equal([readFailure.Fingerprint], readable.Merge!.ResolvedFingerprints);
    }

    [Fact]
    public async Task Next_years_check_finds_the_previous_report_in_the_store()
    {
        await CheckAsync(("2021-wuqing.txt", ReportCheckSamples.Complete2021WithTitle()));
        var stored = await texts.GetAsync(ReportCheckSamples.Organ, 2021, Ct);
        Assert.NotNull(stored);
        Assert.Equal("2021-wuqing.txt", stored.Source);

        var later = await CheckAsync(("2022-wuqing.txt", ReportCheckSamples.NextYear(2022, carriedIn: 3)));

        var result = later.Results[0];
        Assert.Equal("2021-wuqing.txt（已存储的2021年度报告）", result.PreviousYearSource);
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "T3-CARRY-Y"));
        Assert.Contains(await Store.GetFindingsAsync(Site, FindingStatus.Open, Ct), f => f.RuleId == "T3-CARRY-Y");
        Assert.NotNull(await texts.GetAsync(ReportCheckSamples.Organ, 2022, Ct));
    }

    [Fact]
    public async Task A_junk_page_titled_like_a_stored_report_does_not_replace_it_and_next_years_check_is_unchanged()
    {
        await CheckAsync(("2021-wuqing.txt", ReportCheckSamples.Complete2021WithTitle()));
        var before = await texts.GetAsync(ReportCheckSamples.Organ, 2021, Ct);
        var nextYearBefore = (await CheckAsync(("2022-wuqing.txt", ReportCheckSamples.NextYear(2022, carriedIn: 3)))).Results[0];
        Assert.Equal(2, nextYearBefore.Findings.Count(f => f.RuleId == "T3-CARRY-Y"));

        var junk = $"<html><head><title>{ReportCheckSamples.Title(2021)}</title></head><body><p>年报正在更新</p></body></html>";
        var junkRun = await service.CheckAsync(
            [ReportInput.FromFile("2021年报.html", Encoding.UTF8.GetBytes(junk))], new ReportCheckRequest(Site), Ct);

        var junkResult = Assert.Single(junkRun.Results);
        Assert.True(junkResult.Read);
        Assert.Equal(2021, junkResult.Outcome!.Report.Year);
        Assert.Equal(
            "已保存的2021年报告（6部分、3张表）比本次读取的（0部分、0张表）更完整，保留原文本用于跨年度核对",
            junkResult.StoreNote);
        var after = await texts.GetAsync(ReportCheckSamples.Organ, 2021, Ct);
        Assert.Equal(before!.Text, after!.Text);
        Assert.Equal("2021-wuqing.txt", after.Source);

        var nextYearAfter = (await CheckAsync(("2022-wuqing.txt", ReportCheckSamples.NextYear(2022, carriedIn: 3)))).Results[0];
        Assert.Equal(nextYearBefore.PreviousYearSource, nextYearAfter.PreviousYearSource);
        Assert.Equal(Summary(nextYearBefore), Summary(nextYearAfter));
        Assert.Equal(
            nextYearBefore.Outcome!.Undecidable.Select(u => u.RuleId + "：" + u.Reason),
            nextYearAfter.Outcome!.Undecidable.Select(u => u.RuleId + "：" + u.Reason));
    }

    [Fact]
    public async Task An_equally_complete_reading_replaces_the_stored_report()
    {
        await CheckAsync(("2021-wuqing.txt", ReportCheckSamples.Complete2021WithTitle()));

        var again = await CheckAsync(("2021-wuqing-v2.txt", ReportCheckSamples.Complete2021WithTitle() + "\n（更正版）"));

        Assert.Null(again.Results[0].StoreNote);
        var stored = await texts.GetAsync(ReportCheckSamples.Organ, 2021, Ct);
        Assert.Equal("2021-wuqing-v2.txt", stored!.Source);
        Assert.EndsWith("（更正版）", stored.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reading_missing_a_table_keeps_the_stored_report_and_says_which_is_more_complete()
    {
        await CheckAsync(("2021-wuqing.txt", ReportCheckSamples.Complete2021WithTitle()));
        var full = ReportCheckSamples.Complete2021WithTitle();
        var cut = full[..full.IndexOf("五、", StringComparison.Ordinal)];

        var partial = await CheckAsync(("2021-wuqing-cut.txt", cut));

        var note = partial.Results[0].StoreNote;
        Assert.NotNull(note);
        // The cut copy ends in table 四: it is known to be incomplete, and says where it ends.
        Assert.StartsWith("本次读取的文本在第四部分的表格中", note, StringComparison.Ordinal);
        Assert.EndsWith("不完整，已保存的2021年报告（6部分、3张表）未被替换，保留原文本用于跨年度核对", note, StringComparison.Ordinal);
        Assert.Equal("2021-wuqing.txt", (await texts.GetAsync(ReportCheckSamples.Organ, 2021, Ct))!.Source);
    }

    [Fact]
    public async Task Long_report_text_round_trips_over_several_properties_and_is_bounded()
    {
        var line = new string('表', 99) + "\n";
        var long100K = string.Concat(Enumerable.Repeat(line, 1_000));
        var tooLong = string.Concat(Enumerable.Repeat(line, 5_000));
        await texts.SaveAsync(Text("甲局", 2021, long100K), Ct);
        await texts.SaveAsync(Text("乙 局", 2021, tooLong), Ct);

        var back = await texts.GetAsync("甲局", 2021, Ct);
        var bounded = await texts.GetAsync("乙局", 2021, Ct);

        Assert.Equal(long100K, back!.Text);
        Assert.False(back.Truncated);
        Assert.True(bounded!.Truncated);
        Assert.True(bounded.Text.Length <= TableReportTextStore.MaxTextChars);
        Assert.EndsWith("\n", bounded.Text, StringComparison.Ordinal);
        Assert.StartsWith(bounded.Text, tooLong, StringComparison.Ordinal);
        Assert.Null(await texts.GetAsync("甲局", 2020, Ct));
    }

    /// <summary>What a cross-year comparison looks at: every finding's rule, fingerprint and message, in order.</summary>
    private static List<string> Summary(ReportCheckResult result) =>
        [.. result.Findings.Select(f => $"{f.RuleId}|{f.Fingerprint}|{f.Message}")];

    private static StoredReportText Text(string organ, int year, string text) => new()
    {
        Organ = organ,
        Year = year,
        Text = text,
        Source = "test.txt",
        SiteId = Site,
        CheckedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The complete 2021 report with a wrong 上年结转 (T3-COL in 自然人 and 总计).</summary>
    private static string Defective2021() => ReportCheckSamples.NextYear(2021, carriedIn: 3);

    private static string OfOtherOrgan(string text) => text.Replace(ReportCheckSamples.Organ, OtherOrgan, StringComparison.Ordinal);

    private Task<ReportCheckRun> CheckAsync(params (string Source, string Text)[] inputs) =>
        service.CheckAsync(
            inputs.Select(i => ReportInput.FromFile(i.Source, ReportCheckSamples.Utf8(i.Text))).ToList(), new ReportCheckRequest(Site), Ct);
}
