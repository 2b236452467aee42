using System.Globalization;
using System.Text;

namespace LinkBench;

/// <summary>The Markdown report: a summary row per tool, the targets, then every run.</summary>
public static class ResultTable
{
    public const long TargetPeakBytes = 200_000_000;
    public const double TargetSpeedRatio = 3.0;

    public static string Render(BenchOptions options, Uri site, int plantedLinks, IReadOnlyList<Measurement> measurements, string oursName, string theirsName,
        IReadOnlyList<string> variantNames)
    {
        var text = new StringBuilder();
        var ours = measurements.Where(m => m.Tool == oursName).ToList();
        var theirs = measurements.Where(m => m.Tool == theirsName).ToList();
        var ratio = Median(theirs) / Median(ours);
        var cpuRatio = Median(theirs, m => m.Run.ToolCpu) / Median(ours, m => m.Run.ToolCpu);

        Line(text, $"Variant **{options.Variant}**. Generated site: {options.Pages} pages, {options.LinksPerPage} page links + 3 images per page, seed {options.Seed}, {plantedLinks} planted broken links, served at {site} by the benchmark process.");
        if (options.Slow is { } slow)
        {
            Line(text, $"Outside links: {slow.SlowTargets} that answer after {slow.MinDelay.TotalSeconds:0}–{slow.MaxDelay.TotalSeconds:0} s (healthy) and {slow.HangingTargets} that never answer (planted as broken), spread over {slow.Hosts} outside hosts (loopback listeners of their own).");
        }
        Line(text, $"Both tools: concurrency {options.Concurrency}, request timeout {options.TimeoutSeconds} s, {options.Repetitions} repetition(s), order alternating.");
        Line(text, $"Machine: {MachineDescription.Describe()}. Run at {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        Line(text, "");
        Line(text, "| tool | wall time median (s) | tool CPU median (s) | peak RSS max (MB) | recall (min of runs) | precision (min of runs) | false positives (max) | linkinator / ours (wall) |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var rows = new[] { oursName, theirsName }.Concat(variantNames).Select(name => (name, runs: measurements.Where(m => m.Tool == name).ToList()));
        foreach (var (name, runs) in rows)
        {
            var worst = runs.MinBy(m => m.Score.Recall)!.Score;
            var speed = $"{Median(theirs) / Median(runs):0.00}x";
            Line(text, $"| {name} | {Median(runs):0.00} | {Median(runs, m => m.Run.ToolCpu):0.00} | {Megabytes(runs.Max(m => m.Run.PeakRssBytes))} | {worst.Found}/{worst.Expected} ({worst.Recall:P1}) | {runs.Min(m => m.Score.Precision):P1} | {runs.Max(m => m.Score.FalsePositives)} | {speed} |");
        }

        var oursRecall = ours.Min(m => m.Score.Recall);
        var theirsRecall = theirs.Min(m => m.Score.Recall);
        var oursPrecision = ours.Min(m => m.Score.Precision);
        var theirsPrecision = theirs.Min(m => m.Score.Precision);
        var oursPeak = ours.Max(m => m.Run.PeakRssBytes);
        Line(text, "");
        Line(text, variantNames.Count == 0
            ? "Targets:"
            : $"Targets, judged on {oursName} as shipped (typo checks on); the other rows only show what a setting would change:");
        Line(text, $"- recall at least linkinator's: {Verdict(oursRecall >= theirsRecall)} ({oursRecall:P1} vs {theirsRecall:P1})");
        Line(text, $"- precision at least linkinator's: {Verdict(oursPrecision >= theirsPrecision)} ({oursPrecision:P1} vs {theirsPrecision:P1})");
        Line(text, $"- at least {TargetSpeedRatio:0}x faster than linkinator: {Verdict(ratio >= TargetSpeedRatio)} ({ratio:0.00}x by median wall time; {cpuRatio:0.00}x by median tool CPU time)");
        Line(text, $"- peak RSS under {Megabytes(TargetPeakBytes)} MB: {Verdict(oursPeak < TargetPeakBytes)} ({Megabytes(oursPeak)} MB)");
        Line(text, "");
        Line(text, "Every run (position = order within the repetition):");
        Line(text, "");
        Line(text, "| rep | position | tool | load at start | exit | wall (s) | tool CPU (s) | server CPU (s) | peak RSS (MB) | RSS samples | found | false positives | distinct URLs checked | other findings |");
        Line(text, "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in measurements.OrderBy(m => m.Repetition).ThenBy(m => m.Position))
        {
            Line(text, $"| {m.Repetition} | {m.Position} | {m.Tool} | {m.Run.LoadAverage} | {m.Run.ExitCode} | {m.Run.WallTime.TotalSeconds:0.00} | {m.Run.ToolCpu.TotalSeconds:0.00} | {m.Run.BenchCpu.TotalSeconds:0.00} | {Megabytes(m.Run.PeakRssBytes)} | {m.Run.MemorySamples} | {m.Score.Found}/{m.Score.Expected} | {m.Score.FalsePositives} | {m.Report.DistinctUrlsChecked?.ToString(CultureInfo.InvariantCulture) ?? "?"} | {m.Report.OtherFindings} |");
        }

        Line(text, "");
        Line(text, "Tool CPU: user + system time of the tool's process tree (getrusage of reaped children). Server CPU: the benchmark process itself during the run, i.e. the loopback site answering the tool, plus the 20 ms memory sampler. Load at start: 1-minute load average; the machine's 2 cores are shared with other work.");
        Line(text, "Distinct URLs checked: ours from its summary line, linkinator from its JSON (every OK and BROKEN URL). Other findings: ours' findings that are not broken links (typos, wrong links); linkinator makes none.");
        foreach (var m in measurements.Where(m => m.Score.MissedExamples.Count > 0 || m.Score.FalsePositiveExamples.Count > 0).DistinctBy(m => m.Tool))
        {
            Line(text, "");
            Line(text, $"{m.Tool}, repetition {m.Repetition}: missed e.g. {Join(m.Score.MissedExamples)}; false positives e.g. {Join(m.Score.FalsePositiveExamples)}");
        }

        return text.ToString();
    }

    public static double Median(IReadOnlyList<Measurement> runs) => Median(runs, m => m.Run.WallTime);

    public static double Median(IReadOnlyList<Measurement> runs, Func<Measurement, TimeSpan> time)
    {
        var seconds = runs.Select(m => time(m).TotalSeconds).Order().ToList();
        var middle = seconds.Count / 2;
        return seconds.Count % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
    }

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Verdict(bool met) => met ? "**met**" : "**missed**";

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
