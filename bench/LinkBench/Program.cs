using System.Globalization;
using System.Runtime.InteropServices;
using ComplianceFns.SampleSite.Generated;
using LinkBench;

// Reports are compared across machines and pasted into docs: one number format everywhere.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}\n{BenchOptions.Usage}");
    return 2;
}

if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("error: peak memory is read from /proc; run this on Linux.");
    return 2;
}

await using var server = await GeneratedSiteServer.StartAsync(options.Pages, options.LinksPerPage, options.Seed, slow: options.Slow);
Console.Error.WriteLine($"Serving {server.PageCount} pages with {server.BrokenLinks.Count} planted broken links and {server.SlowUrls.Count} slow outside links at {server.StartUrl}");
await WarmUpAsync(server);
if (options.ServeSeconds is { } serveSeconds)
{
    return await ServeAsync(server, TimeSpan.FromSeconds(serveSeconds));
}

var ours = new ComplianceFnsTool(options.CliDll);
var theirs = new LinkinatorTool(options.Node, options.LinkinatorCli);
ILinkTool[] variants =
[
    new ComplianceFnsTool(options.CliDll, skipTypos: true),
    .. options.OursVariant is { } variant ? [new ComplianceFnsTool(options.CliDll, variant)] : Array.Empty<ILinkTool>(),
];
var workDirectory = Directory.CreateTempSubdirectory("linkbench-").FullName;
var deadline = TimeSpan.FromMinutes(20);
var measurements = new List<Measurement>();
try
{
    for (var repetition = 1; repetition <= options.Repetitions; repetition++)
    {
        // Alternating order so neither tool always runs on a warmer (or more fragmented) machine.
        ILinkTool[] order = repetition % 2 == 1 ? [ours, theirs, .. variants] : [.. variants, theirs, ours];
        for (var position = 1; position <= order.Length; position++)
        {
            var tool = order[position - 1];
            var prefix = Path.Combine(workDirectory, $"{repetition}-{position}");
            var run = await ChildRun.RunAsync(tool.StartInfo(server.StartUrl, options), prefix, deadline);
            var report = tool.ReadReport(run);
            var score = RecallScore.Compute(server.BrokenLinks, report.BrokenLinks);
            measurements.Add(new Measurement(tool.Name, repetition, position, run, report, score));
            Console.Error.WriteLine($"rep {repetition} {tool.Name,-18} exit {run.ExitCode}  {run.WallTime.TotalSeconds,7:0.00} s  cpu {run.ToolCpu.TotalSeconds,6:0.00} s  server cpu {run.BenchCpu.TotalSeconds,5:0.00} s  load {run.LoadAverage}  peak {run.PeakRssBytes / 1_000_000.0,7:0.0} MB  recall {score.Found}/{score.Expected}  false positives {score.FalsePositives}");
        }
    }
}
catch (Exception ex) when (ex is ToolFailedException or TimeoutException or System.ComponentModel.Win32Exception)
{
    Console.Error.WriteLine($"error: {ex.Message}\n(tool output kept in {workDirectory})");
    return 1;
}

var markdown = ResultTable.Render(options, server.StartUrl, server.BrokenLinks.Count, measurements, ours.Name, theirs.Name, variants.Select(v => v.Name).ToList());
Console.Out.Write(markdown);
if (options.OutputPath is { } outputPath)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
    await File.WriteAllTextAsync(outputPath, "# Link-checker benchmark results\n\n" + markdown);
    Console.Error.WriteLine($"Written to {outputPath}");
}

Directory.Delete(workDirectory, recursive: true);
return 0;

// Serve until the time is up or SIGINT/SIGTERM arrives, so a by-hand session never outlives its purpose.
static async Task<int> ServeAsync(GeneratedSiteServer server, TimeSpan duration)
{
    using var stop = new CancellationTokenSource(duration);
    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    Console.Out.WriteLine(server.StartUrl);
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
    }

    return 0;

    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}

// The server's first requests pay for JIT and tiering (its CPU per request falls by half over the first
// thousand requests); one pass over the whole site makes it equally hot for whichever tool runs first.
static async Task WarmUpAsync(GeneratedSiteServer server)
{
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var images = Enumerable.Range(0, 20).Select(i => new Uri(server.BaseUri, $"/img/{i}.png").AbsoluteUri).ToList();
    var requests = server.PageUrls.Concat(server.BrokenLinks.Select(b => b.TargetUrl).Where(url => url.StartsWith(server.BaseUri.AbsoluteUri, StringComparison.Ordinal))).Concat(images)
        .Select(url => (HttpMethod.Get, url))
        .Concat(images.Concat(server.PageUrls.Take(50)).Select(url => (HttpMethod.Head, url))); // linkinator HEADs images
    await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (request, ct) =>
    {
        using var message = new HttpRequestMessage(request.Item1, request.Item2);
        using var response = await client.SendAsync(message, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
    });
}
