using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;
using ReportsBench;

// "peak [n]": a fresh process that parses and checks the complete sample n times, then prints its peak RSS (VmHWM),
// so the figure is the report path's, not BenchmarkDotNet's. Anything else runs the BenchmarkDotNet suite.
if (args is ["peak", ..])
{
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var text = SampleTexts.Complete();
    var before = PeakMemory.Megabytes();
    var watch = Stopwatch.StartNew();
    var issues = 0;
    for (var i = 0; i < runs; i++)
    {
        issues += AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, SampleTexts.CompleteFile)).Issues.Count;
    }

    Console.WriteLine($"{{\"runs\":{runs},\"issues_per_run\":{issues / runs},\"mean_ms\":{watch.Elapsed.TotalMilliseconds / runs:0.###},\"peak_rss_mb_before\":{before:0.0},\"peak_rss_mb\":{PeakMemory.Megabytes():0.0}}}");
    return;
}

// Short job: the machine is shared, and the figures are stable to a few percent after 15 iterations.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("one-core"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator)
    .WithArtifactsPath(Path.Combine(Environment.GetEnvironmentVariable("BENCH_ARTIFACTS") ?? "artifacts", "reports-bench"));
BenchmarkSwitcher.FromAssembly(typeof(ParseAndCheckBenchmarks).Assembly).Run(args.Length > 0 ? args : ["--filter", "*"], config);
