using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LinkBench;

/// <summary>
/// Our CLI: <c>dotnet compliancefns.dll inspect &lt;url&gt; --format jsonl</c>, one finding per line, with every check
/// it ships with (typos too). A variant runs the same build with extra environment variables (runtime settings such
/// as DOTNET_TieredCompilation=0) or without the typo checks, to show what they cost without touching the headline.
/// </summary>
public sealed partial class ComplianceFnsTool(string cliDll, IReadOnlyDictionary<string, string>? environment = null, bool skipTypos = false) : ILinkTool
{
    /// <summary>Link rules that are not "the target cannot be loaded": a wrong target or a missing anchor.</summary>
    private static readonly HashSet<string> NotBrokenLinkRules = new(StringComparer.Ordinal) { "link.wrong-target", "link.missing-fragment" };

    public string Name => (environment is { Count: > 0 }, skipTypos) switch
    {
        (true, _) => $"ComplianceFns ({string.Join(' ', environment!.Select(e => $"{e.Key}={e.Value}"))})",
        (false, true) => "ComplianceFns (--skip-typos)",
        _ => "ComplianceFns",
    };

    /// <summary>"A=1,B=2" → {A: 1, B: 2}.</summary>
    public static IReadOnlyDictionary<string, string> ParseEnvironment(string assignments) =>
        assignments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Split('=', 2))
            .ToDictionary(
                pair => pair.Length == 2 && pair[0].Length > 0 ? pair[0] : throw new ArgumentException($"'{string.Join('=', pair)}' is not NAME=VALUE."),
                pair => pair[1],
                StringComparer.Ordinal);

    public ProcessStartInfo StartInfo(Uri startUrl, BenchOptions options)
    {
        var start = new ProcessStartInfo("dotnet");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        string[] args =
        [
            cliDll, "inspect", startUrl.AbsoluteUri, "--format", "jsonl",
            "--concurrency", Invariant(options.Concurrency),
            "--delay-ms", "0",
            // Room for every page plus the missing ones; the depth bound is the CLI's largest, like linkinator's none.
            "--max-pages", Invariant(options.Pages * 2),
            "--max-depth", "100",
            "--ignore-robots",
            "--timeout", Invariant(options.TimeoutSeconds),
            // As shipped, typo and publication checks run during the crawl; the --skip-typos row shows their cost.
            .. skipTypos ? ["--skip-typos"] : Array.Empty<string>(),
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public ToolReport ReadReport(ChildRun run)
    {
        if (run.ExitCode != 0)
        {
            throw new ToolFailedException($"{Name} exited with {run.ExitCode}: {Tail(run.StderrPath)}");
        }

        var broken = new List<ReportedLink>();
        var other = 0;
        foreach (var line in File.ReadLines(run.StdoutPath).Where(l => l.Length > 0))
        {
            using var finding = JsonDocument.Parse(line);
            var root = finding.RootElement;
            var rule = root.GetProperty("rule").GetString() ?? "";
            var target = root.TryGetProperty("target", out var t) ? t.GetString() : null;
            if (rule.StartsWith("link.", StringComparison.Ordinal) && !NotBrokenLinkRules.Contains(rule) && !string.IsNullOrEmpty(target))
            {
                broken.Add(new ReportedLink(root.GetProperty("page").GetString() ?? "", target));
            }
            else
            {
                other++;
            }
        }

        return new ToolReport(broken, DistinctTargetsIn(File.ReadAllText(run.StderrPath)), other);
    }

    /// <summary>The count in the Chinese summary line "检查链接 N 处（不同目标 M 个）" on stderr.</summary>
    private static int? DistinctTargetsIn(string summary) =>
        DistinctTargetsPattern().Match(summary) is { Success: true } match
            ? int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"不同目标 (\d+) 个")]
    private static partial Regex DistinctTargetsPattern();

    internal static string Tail(string path)
    {
        var text = File.ReadAllText(path).Trim();
        return text.Length <= 800 ? text : "…" + text[^800..];
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
