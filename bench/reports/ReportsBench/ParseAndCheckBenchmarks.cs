using BenchmarkDotNet.Attributes;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;

namespace ReportsBench;

/// <summary>
/// Parse + check (AnnualReportReader.Read then AnnualReportChecker.Default.Check) of the complete sample and of the
/// partial samples (per report), against the number floor on the complete sample (the baseline of the ratio).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParseAndCheckBenchmarks
{
    private string _complete = string.Empty;
    private (string File, string Text)[] _partials = [];

    /// <summary>Partial samples per invocation; BenchmarkDotNet divides by it, so the partial figures are per report.</summary>
    public const int PartialCount = 14;

    [GlobalSetup]
    public void Setup()
    {
        _complete = SampleTexts.Complete();
        _partials = SampleTexts.Partials();
        if (_partials.Length != PartialCount)
        {
            throw new InvalidOperationException($"expected {PartialCount} partial samples, found {_partials.Length}");
        }
    }

    /// <summary>The peer: lines + int.TryParse of every token of the complete sample.</summary>
    [Benchmark(Baseline = true)]
    public long PeerNumberFloor_Complete() => NumberFloor.SumOfNumbers(_complete);

    [Benchmark]
    public int ParseAndCheck_Complete() =>
        AnnualReportChecker.Default.Check(AnnualReportReader.Read(_complete, SampleTexts.CompleteFile)).Issues.Count;

    [Benchmark(OperationsPerInvoke = PartialCount)]
    public int ParseAndCheck_PartialPerReport()
    {
        var issues = 0;
        foreach (var (file, text) in _partials)
        {
            issues += AnnualReportChecker.Default.Check(AnnualReportReader.Read(text, file)).Issues.Count;
        }

        return issues;
    }
}
