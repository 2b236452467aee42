using System.Diagnostics;
using System.Globalization;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Curated;
using ComplianceFns.Rules.Typos.Outdated;
using ComplianceFns.Rules.Typos.Statistics;

namespace TypoBench;

/// <summary>
/// Where the detector's start-up time and memory go: builds its parts one after another in a fresh process and prints,
/// after each, the elapsed time, the managed heap after a full collection and the peak RSS so far.
/// </summary>
public static class Footprint
{
    public static void Write(TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        var watch = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        void Step(string part)
        {
            var elapsed = watch.Elapsed;
            var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
            output.WriteLine(string.Create(invariant,
                $"{part,-34} +{(elapsed - last).TotalMilliseconds,6:F0} ms   managed heap {heap,6:F1} MB   peak RSS {PeakMemory.Megabytes(),6:F1} MB"));
            last = watch.Elapsed;
        }

        Step("runtime");
        GC.KeepAlive(CuratedLexicon.Automaton);
        Step("curated lexicon automaton");
        var curated = new CuratedLayer();
        curated.Detect("认真布署政务公开工作。", TypoContext.None, []);
        Step("curated layer, first text");
        var outdated = new OutdatedNameLayer();
        outdated.Detect("环境保护局", new TypoContext { PageDate = new DateOnly(2020, 1, 1) }, []);
        Step("outdated-name layer, first text");
        var statistical = new StatisticalLayer();
        Step("statistical + context layers");
        statistical.Detect("2019年，河西街道通过区政府门户网站上报信息114条，认真布署政务公开工作，卫身借施日标。", TypoContext.None, []);
        Step("statistical layer, first text");
    }
}
