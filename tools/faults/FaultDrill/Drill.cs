using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.AnnualReports;
using ComplianceFns.TestSupport.Processes;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.FaultDrill;

/// <summary>
/// The steps: a baseline inspection fixes the expected set of findings E; then kills, store outages, budgets,
/// throttling, a fix and a SIGTERM, each followed by a look at the stored history. Whatever happened to a run, no
/// finding of E may be lost, duplicated or resolved unless its defect was really fixed; and bad documents must
/// neither replace a stored report nor multiply their own finding.
/// </summary>
internal sealed class Drill : IAsyncDisposable
{
    private const string SiteId = "fault-drill";
    private const string ReportSite = "fault-drill-reports";
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StoreFailureLimit = TimeSpan.FromSeconds(60);

    /// <summary>What one run of the CLI did, as the drill judges it.</summary>
    private sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed);

    private readonly string _cli;
    private readonly Random _random;
    private readonly PrivateAzurite _store;
    private readonly SampleSiteServer _site;
    private readonly string _work = Directory.CreateTempSubdirectory("faultdrill.").FullName;
    private readonly List<StepResult> _steps = [];
    private Dictionary<string, Finding> _expected = [];
    private TimeSpan _baselineElapsed;

    private Drill(string cli, Random random, PrivateAzurite store, SampleSiteServer site)
    {
        _cli = cli;
        _random = random;
        _store = store;
        _site = site;
    }

    public static async Task<Drill> StartAsync(string cli, Random random)
    {
        var store = await PrivateAzurite.StartAsync();
        var site = await SampleSiteServer.StartAsync();
        return new Drill(cli, random, store, site);
    }

    public async Task<IReadOnlyList<StepResult>> RunAllAsync()
    {
        await BaselineAsync();
        if (_expected.Count == 0)
        {
            return _steps;
        }

        // Kill points spread over a whole run, so some land in the crawl and some in the merge at its end.
        var runMs = (int)Math.Max(2_000, _baselineElapsed.TotalMilliseconds + 1_000);
        for (var i = 1; i <= 4; i++)
        {
            var after = TimeSpan.FromMilliseconds(_random.Next(300, runMs));
            await FaultyInspectionAsync($"kill -9 after {after.TotalSeconds:0.0} s", after, cli => { cli.Kill(); return Task.CompletedTask; });
        }

        await CleanInspectionAsync("clean run after the kills");
        await StoreFaultAsync("store killed mid-run, then restarted", store => store.KillAsync(), store => store.RestartAsync(), expectExit3: true);
        await StoreFaultAsync("store frozen (SIGSTOP) mid-run, then thawed", Freeze, Thaw, expectExit3: true);
        await StoreFaultAsync("store restarted mid-run", store => store.RestartAsync(), _ => Task.CompletedTask, expectExit3: false);
        await CleanInspectionAsync("clean run after the store faults");

        await BudgetAsync("small page budget (3 pages)", 3);
        await BudgetAsync("large page budget", null);
        await BudgetAsync("small page budget again (3 pages)", 3);

        _site.Throttle(true);
        await ThrottledAsync();
        _site.Throttle(false);
        await CleanInspectionAsync("clean run after throttling", requireNoReopened: true);

        await FixAndBreakAsync();
        var term = TimeSpan.FromMilliseconds(_random.Next(1_500, 8_000));
        await SigtermAsync(term);
        await CleanInspectionAsync("final clean run", requireNoReopened: true);

        await BadDocumentsAsync();
        return _steps;
    }

    private async Task BaselineAsync()
    {
        var run = await InspectAsync([]);
        var open = await FindingsAsync(FindingStatus.Open);
        _expected = open.ToDictionary(f => f.Fingerprint);
        _baselineElapsed = run.Elapsed;
        var violations = new List<string>();
        if (run.ExitCode != 0)
        {
            violations.Add($"exit {run.ExitCode}: {Tail(run.Stderr)}");
        }

        if (_expected.Count == 0)
        {
            violations.Add("the baseline stored no findings");
        }

        Record("baseline inspection", $"{_expected.Count} open findings, {run.Elapsed.TotalSeconds:0} s", violations);
    }

    private async Task FaultyInspectionAsync(string name, TimeSpan after, Func<CliProcess, Task> interrupt)
    {
        var run = await InspectAsync([], after, interrupt);
        var violations = await HistoryViolationsAsync(requireAllOpen: false);
        Record(name, $"exit {run.ExitCode}, {run.Elapsed.TotalSeconds:0.0} s; {await OpenCountAsync()} open", violations);
    }

    private async Task CleanInspectionAsync(string name, bool requireNoReopened = false)
    {
        var run = await InspectAsync([]);
        var violations = await HistoryViolationsAsync(requireAllOpen: true);
        if (run.ExitCode != 0)
        {
            violations.Add($"exit {run.ExitCode}: {Tail(run.Stderr)}");
        }

        if (requireNoReopened && !run.Stdout.Contains("重新出现 0 个", StringComparison.Ordinal))
        {
            violations.Add("findings were reported as 重新出现: " + SummaryLine(run));
        }

        Record(name, SummaryLine(run), violations);
    }

    private async Task StoreFaultAsync(string name, Func<PrivateAzurite, Task> fault, Func<PrivateAzurite, Task> repair, bool expectExit3)
    {
        var run = await InspectAsync([], TimeSpan.FromSeconds(3), _ => fault(_store));
        await repair(_store);
        var violations = await HistoryViolationsAsync(requireAllOpen: true);
        if (expectExit3)
        {
            if (run.ExitCode != 3)
            {
                violations.Add($"exit {run.ExitCode}, expected 3");
            }

            if (run.Elapsed > StoreFailureLimit + TimeSpan.FromSeconds(3))
            {
                violations.Add($"took {run.Elapsed.TotalSeconds:0} s, limit {StoreFailureLimit.TotalSeconds:0} s after the fault");
            }

            var said = run.Stdout + run.Stderr;
            if (!said.Contains("存储", StringComparison.Ordinal))
            {
                violations.Add("no Chinese storage message: " + Tail(said));
            }

            if (said.Contains("Exception", StringComparison.Ordinal) || said.Contains("Retry failed", StringComparison.Ordinal))
            {
                violations.Add("program internals shown to the user: " + Tail(said));
            }
        }
        else if (run.ExitCode is not (0 or 3))
        {
            violations.Add($"exit {run.ExitCode}");
        }

        Record(name, $"exit {run.ExitCode} after {run.Elapsed.TotalSeconds:0.0} s; {Tail(run.Stderr + run.Stdout, 1)}", violations);
    }

    private async Task BudgetAsync(string name, int? maxPages)
    {
        var run = await InspectAsync(maxPages is { } pages ? ["--max-pages", pages.ToString(System.Globalization.CultureInfo.InvariantCulture)] : []);
        var violations = await HistoryViolationsAsync(requireAllOpen: true);
        Record(name, SummaryLine(run), violations);
    }

    private async Task ThrottledAsync()
    {
        var run = await InspectAsync([]);
        var violations = await HistoryViolationsAsync(requireAllOpen: true);
        if (!run.Stdout.Contains("未能复查", StringComparison.Ordinal))
        {
            violations.Add("the summary does not count the findings it could not check again");
        }

        var newest = (await RunsAsync()).First();
        if (newest.UnverifiedFindings == 0)
        {
            violations.Add("the run record counts no unverified findings");
        }

        Record("site throttles every page (429)", $"{SummaryLine(run)}; run record: 未能复查 {newest.UnverifiedFindings}", violations);
    }

    private async Task FixAndBreakAsync()
    {
        const string Rule = "link.http-410";
        _site.Fix(Rule);
        var fixedRun = await InspectAsync([]);
        var stored = await FindingsAsync(null);
        var resolved = stored.Where(f => f.Status == FindingStatus.Resolved).ToList();
        var violations = new List<string>();
        if (resolved.Count != 1 || resolved[0].RuleId != Rule || !_expected.ContainsKey(resolved[0].Fingerprint))
        {
            violations.Add($"expected exactly the {Rule} finding resolved, got {string.Join(", ", resolved.Select(f => f.RuleId))}");
        }

        Record($"fix {Rule}", SummaryLine(fixedRun), violations);

        _site.Break(Rule);
        var broken = await InspectAsync([]);
        var again = await HistoryViolationsAsync(requireAllOpen: true, allowResolvedAndReopened: true);
        if (!broken.Stdout.Contains("重新出现 1 个", StringComparison.Ordinal))
        {
            again.Add("the re-broken link is not reported as 重新出现: " + SummaryLine(broken));
        }

        Record($"break {Rule} again", SummaryLine(broken), again);
    }

    private async Task SigtermAsync(TimeSpan after)
    {
        var before = (await RunsAsync()).Count;
        var run = await InspectAsync([], after, cli => { cli.Signal("TERM"); return Task.CompletedTask; });
        var runs = await RunsAsync();
        var violations = await HistoryViolationsAsync(requireAllOpen: true);
        if (run.Elapsed < after)
        {
            Record($"SIGTERM after {after.TotalSeconds:0.0} s", "the run ended before the signal; nothing to check", []);
            return;
        }

        if (runs.Count != before + 1 || runs[0].Status != RunStatus.Failed)
        {
            violations.Add($"expected one new run record with status Failed; runs {before} → {runs.Count}, newest {runs[0].Status}");
        }

        Record($"SIGTERM after {after.TotalSeconds:0.0} s", $"exit {run.ExitCode}; newest run {runs[0].Status}", violations);
    }

    private async Task BadDocumentsAsync()
    {
        var complete = Path.Combine(_work, SampleAnnualReport.FileName);
        await File.WriteAllBytesAsync(complete, SampleAnnualReport.Utf8Bytes());
        var first = await CheckReportAsync(complete);
        var kept = await ReportTextAsync();
        Record("complete annual report stored", $"exit {first.ExitCode}; stored {kept?.Text.Length ?? 0} characters",
            kept is null ? ["the complete report was not stored"] : []);
        if (kept is null)
        {
            return;
        }

        var cutPdf = Path.Combine(_work, "某某县人民政府2024年年报（不完整）.pdf");
        await File.WriteAllBytesAsync(cutPdf, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"));
        var cutDocx = Path.Combine(_work, "某某县人民政府2024年年报（不完整）.docx");
        await File.WriteAllBytesAsync(cutDocx, CutZip());
        var junk = Path.Combine(_work, "某某县人民政府2024年政府信息公开工作年度报告.html");
        await File.WriteAllTextAsync(junk, "<html><head><title>某某县人民政府2024年政府信息公开工作年度报告</title></head><body>暂无内容</body></html>");

        foreach (var (file, label) in new[] { (cutPdf, "cut PDF"), (cutDocx, "cut DOCX") })
        {
            var runs = new[] { await CheckReportAsync(file), await CheckReportAsync(file) };
            var findings = (await FindingsAsync(null, ReportSite)).Where(f => f.PageUrl.Contains(Path.GetFileName(file), StringComparison.Ordinal)).ToList();
            var violations = new List<string>();
            if (findings.Count != 1 || findings[0].RuleId != "S-READ")
            {
                violations.Add($"expected one S-READ finding after two checks, got {findings.Count}: {string.Join(", ", findings.Select(f => f.RuleId))}");
            }

            if (findings.Any(f => ShowsInternals(f.Message)))
            {
                violations.Add("the finding shows parser text: " + findings.First(f => ShowsInternals(f.Message)).Message);
            }

            Record($"{label} checked twice", $"exits {runs[0].ExitCode}/{runs[1].ExitCode}; {findings.FirstOrDefault()?.Message}", violations);
        }

        var junkRun = await CheckReportAsync(junk);
        var after = await ReportTextAsync();
        Record("near-empty page titled like the stored report", $"exit {junkRun.ExitCode}; stored {after?.Text.Length ?? 0} characters",
            after?.Text == kept.Text ? [] : [$"the stored report was replaced ({kept.Text.Length} → {after?.Text.Length ?? 0} characters)"]);
    }

    /// <summary>No finding of the baseline lost, none resolved, no stranger among the open ones.</summary>
    private async Task<List<string>> HistoryViolationsAsync(bool requireAllOpen, bool allowResolvedAndReopened = false)
    {
        var violations = new List<string>();
        var stored = (await FindingsAsync(null)).ToDictionary(f => f.Fingerprint);
        foreach (var (fingerprint, expected) in _expected)
        {
            if (!stored.TryGetValue(fingerprint, out var now))
            {
                violations.Add($"lost: {expected.RuleId} {expected.PageUrl} → {expected.TargetUrl}");
                continue;
            }

            if (now.Status != FindingStatus.Open && (requireAllOpen || !allowResolvedAndReopened))
            {
                violations.Add($"wrongly resolved: {now.RuleId} {now.PageUrl} → {now.TargetUrl}");
            }

            if (now.FirstSeen != expected.FirstSeen && !allowResolvedAndReopened)
            {
                violations.Add($"first seen changed: {now.RuleId} {now.PageUrl}");
            }
        }

        foreach (var stranger in stored.Values.Where(f => !_expected.ContainsKey(f.Fingerprint)))
        {
            violations.Add($"unexpected finding (duplicate or flake): {stranger.RuleId} {stranger.PageUrl} → {stranger.TargetUrl}");
        }

        return violations;
    }

    private Task<CliRun> InspectAsync(string[] extra, TimeSpan? interruptAfter = null, Func<CliProcess, Task>? interrupt = null) =>
        RunCliAsync(
            ["inspect", _site.StartUrl.AbsoluteUri, "--storage", _store.ConnectionString, "--site-id", SiteId, "--timeout", "2", "--retries", "1", .. extra],
            interruptAfter,
            interrupt);

    private Task<CliRun> CheckReportAsync(string file) =>
        RunCliAsync(["check-report", file, "--storage", _store.ConnectionString, "--site", ReportSite, "--organ", "某某县人民政府"]);

    /// <summary>Runs the CLI; after <paramref name="interruptAfter"/>, if it still runs, <paramref name="interrupt"/> acts on it or on the store.</summary>
    private async Task<CliRun> RunCliAsync(string[] args, TimeSpan? interruptAfter = null, Func<CliProcess, Task>? interrupt = null)
    {
        var clock = Stopwatch.StartNew();
        using var cli = CliProcess.StartDll(_cli, args);
        if (interruptAfter is { } delay && interrupt is not null)
        {
            while (clock.Elapsed < delay && !cli.HasExited)
            {
                await Task.Delay(50);
            }

            if (!cli.HasExited)
            {
                await interrupt(cli);
            }
        }

        try
        {
            var (exit, elapsed) = await cli.WaitAsync(RunLimit);
            return new CliRun(exit, cli.Output, cli.Error, elapsed);
        }
        catch (TimeoutException)
        {
            return new CliRun(137, cli.Output, cli.Error, clock.Elapsed); // killed by the drill at its limit
        }
    }

    private static Task Freeze(PrivateAzurite store)
    {
        store.Freeze();
        return Task.CompletedTask;
    }

    private static Task Thaw(PrivateAzurite store)
    {
        store.Thaw();
        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<Finding>> FindingsAsync(FindingStatus? status, string site = SiteId) =>
        await Store().GetFindingsAsync(site, status, CancellationToken.None);

    private async Task<int> OpenCountAsync() => (await FindingsAsync(FindingStatus.Open)).Count;

    private Task<IReadOnlyList<RunRecord>> RunsAsync() => Store().GetRecentRunsAsync(SiteId, 100, CancellationToken.None);

    private Task<StoredReportText?> ReportTextAsync() =>
        new TableReportTextStore(new TableServiceClient(_store.ConnectionString), new StorageOptions())
            .GetAsync("某某县人民政府", SampleAnnualReport.Year, CancellationToken.None);

    private TableFindingStore Store() => new(new TableServiceClient(_store.ConnectionString), new StorageOptions());

    private void Record(string name, string observed, IReadOnlyList<string> violations)
    {
        var step = new StepResult(name, observed, violations);
        _steps.Add(step);
        Console.WriteLine($"[{(step.Passed ? "ok" : "FAIL")}] {name}: {observed}");
        foreach (var violation in violations.Take(10))
        {
            Console.WriteLine($"       - {violation}");
        }
    }

    private static bool ShowsInternals(string message) =>
        message.Contains("Exception", StringComparison.Ordinal) || message.Contains("xref", StringComparison.OrdinalIgnoreCase)
        || message.Contains("zip", StringComparison.OrdinalIgnoreCase) || message.Contains("Could not", StringComparison.Ordinal);

    private static byte[] CutZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + new string('年', 4000) + "</w:t></w:r></w:p></w:body></w:document>");
        }

        return buffer.ToArray()[..(int)(buffer.Length / 2)];
    }

    private static string SummaryLine(CliRun run) =>
        run.Stdout.Split('\n').LastOrDefault(l => l.Contains("已保存到存储", StringComparison.Ordinal))?.Trim() ?? Tail(run.Stdout + run.Stderr, 2);

    private static string Tail(string text, int lines = 3) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
