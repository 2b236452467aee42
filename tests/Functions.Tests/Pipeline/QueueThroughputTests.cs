using System.Diagnostics;
using System.Globalization;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Inspection;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.SampleSite.Generated;
using Microsoft.Azure.Functions.Worker;
using Xunit.Abstractions;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>
/// Many loopback sites through the real timer, queue and queue function, drained by a local loop of concurrent
/// workers the way the host's queue listener would. 20 sites by default; SCALE_SITES / SCALE_WORKERS / SCALE_PAGES
/// set a bigger measurement (the README's scale note quotes 200 sites). The test clock is frozen, so durations come from stopwatches.
/// </summary>
public sealed class QueueThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_site_of_a_scheduled_run_is_inspected_once_through_the_queue()
    {
        var sites = Setting("SCALE_SITES", 20);
        var workers = Setting("SCALE_WORKERS", 8);
        var pages = Setting("SCALE_PAGES", 10);
        await using var server = await GeneratedSiteServer.StartAsync(pages, linksPerPage: 4, seed: 11);
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < sites; i++)
        {
            settings[$"Inspection:Sites:{i}:Id"] = $"county-{i:000}";
            settings[$"Inspection:Sites:{i}:StartUrls:0"] = server.StartUrl.AbsoluteUri;
        }

        await using var host = await FunctionsTestHost.StartAsync(settings);
        var clock = Stopwatch.StartNew();
        await host.Create<InspectionFanOutFunction>().RunAsync(new TimerInfo(), CancellationToken.None);
        var fanOut = clock.Elapsed;

        var queue = host.Queue(QueueNames.Inspections);
        var function = host.Create<InspectSiteFunction>();
        var processed = 0;
        var durations = new System.Collections.Concurrent.ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (true)
            {
                var batch = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5))).Value;
                if (batch.Length == 0)
                {
                    return;
                }

                var one = Stopwatch.StartNew();
                await function.RunAsync(batch[0], CancellationToken.None);
                durations.Add(one.Elapsed.TotalSeconds);
                await queue.DeleteMessageAsync(batch[0].MessageId, batch[0].PopReceipt);
                Interlocked.Increment(ref processed);
            }
        }));
        var total = clock.Elapsed;

        Assert.Equal(sites, processed);
        var runs = new List<Engine.Storage.RunRecord>();
        foreach (var id in Enumerable.Range(0, sites).Select(i => $"county-{i:000}"))
        {
            runs.Add(Assert.Single(await host.Store.GetRecentRunsAsync(id, 2, CancellationToken.None)));
        }

        Assert.All(runs, run => Assert.Equal(pages, run.PagesCrawled));
        var pagesTotal = runs.Sum(r => r.PagesCrawled);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sites} sites × {pages} pages, {workers} workers: fan-out {fanOut.TotalSeconds:0.0} s, total {total.TotalSeconds:0.0} s, " +
            $"{sites / total.TotalMinutes:0} sites/min, {pagesTotal / total.TotalSeconds:0} pages/s, " +
            $"median message {durations.Order().ElementAt(durations.Count / 2):0.00} s, slowest {durations.Max():0.00} s"));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
