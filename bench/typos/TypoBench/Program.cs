using System.Diagnostics;
using System.Globalization;
using TypoBench;

// Modes (one JSON line on stdout per measurement; bench/typos/run.sh drives them, one process each):
//   startup    --engine E                        first construction + first scan, in this fresh process
//   throughput --engine E --min-mb N SOURCES...  MB/s of UTF-8 text after warm-up, and peak RSS
//   predict    --jsonl SET                       detector hits for a jsonl set in the CLI check-text contract
//   hits       [--variants N] SOURCES...          every hit, all fields, on the sources and a seeded stress corpus
//   footprint                                    start-up time and memory of each part of the detector
var mode = args.Length > 0 ? args[0] : "";
string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

var invariant = CultureInfo.InvariantCulture;
switch (mode)
{
    case "startup":
    {
        var engine = Option("--engine", "detector");
        var watch = Stopwatch.StartNew();
        var scanner = Engines.Create(engine);
        var hits = scanner.Scan("2019年，河西街道通过区政府门户网站上报信息114条，认真布署政务公开工作。");
        watch.Stop();
        var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine(string.Create(invariant,
            $"{{\"engine\":\"{engine}\",\"startup_ms\":{watch.Elapsed.TotalMilliseconds:F1},\"since_process_start_ms\":{sinceProcessStart.TotalMilliseconds:F0},\"process_cpu_ms\":{Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0},\"hits\":{hits},\"peak_rss_mb\":{PeakMemory.Megabytes():F1}}}"));
        return 0;
    }

    case "throughput":
    {
        var engine = Option("--engine", "detector");
        var minMb = double.Parse(Option("--min-mb", "5"), invariant);
        var sources = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++; // the option's value
                continue;
            }

            sources.Add(args[i]);
        }

        var corpus = Corpus.Build(sources, (long)(minMb * 1_000_000));
        var scanner = Engines.Create(engine);

        // Warm-up: at least a second of scanning, so tiered compilation has promoted the hot paths.
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(1); i++)
        {
            scanner.Scan(corpus.Pages[i % corpus.Pages.Count]);
        }

        long bytes = 0, hits = 0;
        var passes = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var collectionsBefore = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        do
        {
            foreach (var page in corpus.Pages)
            {
                hits += scanner.Scan(page);
            }

            bytes += corpus.Utf8Bytes;
            passes++;
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(2));
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        // Allocation drives collections, and on one core every collection stops the scan.
        var allocatedPerMb = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)bytes;
        var collections = GC.CollectionCount(0) - collectionsBefore;

        var megabytesPerSecond = bytes / 1_000_000.0 / watch.Elapsed.TotalSeconds;
        var megabytesPerCpuSecond = bytes / 1_000_000.0 / cpu.TotalSeconds;
        Console.WriteLine(string.Create(invariant,
            $"{{\"engine\":\"{engine}\",\"corpus_mb\":{corpus.Utf8Bytes / 1_000_000.0:F2},\"pages\":{corpus.Pages.Count},\"distinct_sentences\":{corpus.DistinctSentences},\"passes\":{passes},\"seconds\":{watch.Elapsed.TotalSeconds:F2},\"mb_per_s\":{megabytesPerSecond:F2},\"mb_per_cpu_s\":{megabytesPerCpuSecond:F2},\"hits_per_pass\":{hits / passes},\"allocated_bytes_per_byte\":{allocatedPerMb:F1},\"gen0_collections\":{collections},\"peak_rss_mb\":{PeakMemory.Megabytes():F1}}}"));
        return 0;
    }

    case "hits":
    {
        var sources = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++; // the option's value
                continue;
            }

            sources.Add(args[i]);
        }

        Equivalence.Write(sources, int.Parse(Option("--variants", "4"), invariant), Console.Out);
        return 0;
    }

    case "footprint":
        Footprint.Write(Console.Out);
        return 0;

    case "predict":
        Predictions.Write(Option("--jsonl", ""), Console.Out);
        return 0;

    default:
        Console.Error.WriteLine("usage: TypoBench startup --engine E | throughput --engine E [--min-mb N] SOURCES... | predict --jsonl SET");
        Console.Error.WriteLine($"engines: {string.Join(", ", Engines.Names)}");
        return 2;
}
