using System.Globalization;
using ComplianceFns.SampleSite.Generated;

namespace LinkBench;

/// <summary>Command-line settings of one benchmark run; both tools always get the same concurrency and timeout.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        LinkBench --cli <compliancefns.dll> --linkinator <linkinator cli.js> [--node <node>] [--out <results.md>]
                  [--variant fast|slow] [--pages N] [--links-per-page 10] [--seed 20240601] [--concurrency N]
                  [--repetitions N] [--timeout-seconds 30] [--ours-variant NAME=VALUE[,NAME=VALUE]]
        LinkBench --serve-seconds N [--variant fast|slow] [--pages N] [--links-per-page 10] [--seed 20240601]
                  (only serve the site for N seconds, to run or profile a tool by hand)
        Variants: fast = 2,000 pages, concurrency 16, 3 repetitions; slow = 300 pages, concurrency 10, 1 repetition,
        plus 54 outside links that answer after 20-25 s and 6 that never answer, spread over 6 outside hosts.
        """;

    /// <summary>"fast" (the crawl itself) or "slow" (outside targets that answer late or never).</summary>
    public string Variant { get; init; } = "fast";

    /// <summary>The slow variant's outside targets; null for the fast variant.</summary>
    public SlowTargetPlan? Slow { get; init; }

    public string CliDll { get; init; } = "";

    public string LinkinatorCli { get; init; } = "";

    /// <summary>Environment of an extra run of our CLI (e.g. DOTNET_TieredCompilation=0); reported beside, never instead.</summary>
    public IReadOnlyDictionary<string, string>? OursVariant { get; init; }

    /// <summary>When set, no tool runs: the site is served this long and the benchmark exits.</summary>
    public int? ServeSeconds { get; init; }

    public string Node { get; init; } = "node";

    public string? OutputPath { get; init; }

    public int Pages { get; init; } = 2_000;

    public int LinksPerPage { get; init; } = 10;

    public int Seed { get; init; } = 20240601;

    public int Concurrency { get; init; } = 16;

    public int Repetitions { get; init; } = 3;

    public int TimeoutSeconds { get; init; } = 30;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value', got '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        var variant = Take(values, "variant") ?? "fast";
        var defaults = variant switch
        {
            "fast" => new BenchOptions(),
            "slow" => new BenchOptions { Variant = variant, Pages = 300, Concurrency = 10, Repetitions = 1, Slow = new SlowTargetPlan(Hosts: 6, SlowTargets: 54, HangingTargets: 6) },
            _ => throw new ArgumentException($"--variant must be fast or slow, got '{variant}'."),
        };
        var serveSeconds = TakeInt(values, "serve-seconds", 1, 3_600);
        var options = defaults with
        {
            ServeSeconds = serveSeconds,
            CliDll = Take(values, "cli") ?? (serveSeconds is null ? throw new ArgumentException("--cli is required.") : ""),
            LinkinatorCli = Take(values, "linkinator") ?? (serveSeconds is null ? throw new ArgumentException("--linkinator is required.") : ""),
            Node = Take(values, "node") ?? defaults.Node,
            OursVariant = Take(values, "ours-variant") is { } environment ? ComplianceFnsTool.ParseEnvironment(environment) : null,
            OutputPath = Take(values, "out"),
            Pages = TakeInt(values, "pages", 1, 100_000) ?? defaults.Pages,
            LinksPerPage = TakeInt(values, "links-per-page", 1, 1_000) ?? defaults.LinksPerPage,
            Seed = TakeInt(values, "seed", 0, int.MaxValue) ?? defaults.Seed,
            Concurrency = TakeInt(values, "concurrency", 1, 256) ?? defaults.Concurrency,
            Repetitions = TakeInt(values, "repetitions", 1, 100) ?? defaults.Repetitions,
            TimeoutSeconds = TakeInt(values, "timeout-seconds", 1, 600) ?? defaults.TimeoutSeconds,
        };
        if (values.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", values.Keys.Select(k => "--" + k))}.");
        }

        return options;
    }

    private static string? Take(Dictionary<string, string> values, string name) =>
        values.Remove(name, out var value) ? value : null;

    private static int? TakeInt(Dictionary<string, string> values, string name, int min, int max)
    {
        if (Take(values, name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"--{name} must be an integer in [{min}, {max}], got '{text}'.");
    }
}
