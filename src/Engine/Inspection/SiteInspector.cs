using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Crawling;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Inspection;

/// <summary>
/// One link inspection of one site: crawl, check every distinct target once, and turn what is wrong into findings.
/// Nothing here touches storage; <see cref="InspectionRunner"/> persists the result.
/// </summary>
public sealed class SiteInspector(CrawlOptions options, IHostResolver resolver, TimeProvider time)
{
    public async Task<InspectionResult> InspectAsync(SiteOptions site, IProgress<InspectionProgress>? progress, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var runId = $"{startedAt:yyyyMMddTHHmmssfffZ}-{Guid.NewGuid():N}"[..28];
        var guard = new AddressGuard(AllowedHosts(site));
        using var fetcher = new HttpFetcher(options, guard, resolver);
        var throttle = new HostThrottle(options.PerHostConcurrency, options.TotalConcurrency, options.PolitenessDelay, time);
        var follower = new RedirectFollower(fetcher, throttle, options, time);
        var checker = new LinkChecker(follower);
        var robots = site.IgnoreRobotsTxt ? null : new RobotsCache(follower, options.UserAgent);
        var crawler = new SiteCrawler(site, options, follower, checker, robots, time);

        var crawlProgress = progress is null ? null : new Progress<CrawlProgress>(p =>
            progress.Report(new InspectionProgress("crawl", p.PagesCrawled, p.PagesQueued, p.TargetsChecked, 0, 0)));
        var cancelled = false;
        CrawlResult crawl;
        try
        {
            crawl = await crawler.CrawlAsync(crawlProgress, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
            crawl = new CrawlResult([], ["检查在抓取阶段被取消"]);
        }

        var occurrences = DistinctOccurrences(crawl.Pages);
        var probes = new Dictionary<string, TargetProbe>(StringComparer.Ordinal);
        if (!cancelled)
        {
            try
            {
                probes = await CheckTargetsAsync(checker, occurrences, crawl.Pages.Count, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
            }
        }

        checker.AbandonExpected("检查已取消，未访问");
        var findings = LinkFindingAssembler.Assemble(site.Id, occurrences, probes, options.SharedLinkMinPages, startedAt);
        var errors = crawl.Errors.Concat(crawl.Pages.Where(p => p.ReadError is not null).Select(p => $"{p.Url}：{p.ReadError}")).ToList();
        if (cancelled)
        {
            errors.Add("检查被取消，结果不完整");
        }

        // A run that could not read the site (start page down, cancelled) is not evidence that defects were fixed.
        var authoritative = !cancelled && crawl.Pages.Count > 0;
        return new InspectionResult
        {
            SiteId = site.Id,
            RunId = runId,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Findings = findings,
            PagesCrawled = crawl.Pages.Count,
            LinksExamined = occurrences.Count,
            TargetsChecked = probes.Count,
            Errors = errors,
            Cancelled = cancelled,
            RuleScopes = authoritative ? ["link."] : [],
        };
    }

    private static IEnumerable<string> AllowedHosts(SiteOptions site)
    {
        // The site's own hosts may be private (an intranet deployment, the loopback sample); links elsewhere may not.
        foreach (var url in site.StartUrls)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                yield return uri.IdnHost;
            }
        }

        foreach (var host in site.ExtraHosts.Concat(site.AllowPrivateHosts))
        {
            yield return host;
        }
    }

    /// <summary>Each distinct target counts once per page (same target, fragment and kind).</summary>
    private static List<LinkReference> DistinctOccurrences(IReadOnlyList<CrawledPage> pages)
    {
        var result = new List<LinkReference>();
        foreach (var page in pages)
        {
            var seen = new HashSet<(string, string?, LinkKind)>();
            foreach (var link in page.Links)
            {
                if (seen.Add((link.TargetUrl ?? link.RawHref, link.Fragment, link.Kind)))
                {
                    result.Add(link);
                }
            }
        }

        return result;
    }

    private static async Task<Dictionary<string, TargetProbe>> CheckTargetsAsync(
        LinkChecker checker, List<LinkReference> occurrences, int pagesCrawled, IProgress<InspectionProgress>? progress, CancellationToken cancellationToken)
    {
        var firstKind = new Dictionary<string, LinkKind>(StringComparer.Ordinal);
        foreach (var link in occurrences)
        {
            if (link.TargetUrl is not null)
            {
                firstKind.TryAdd(link.TargetUrl, link.Kind);
            }
        }

        var done = 0;
        var tasks = firstKind.Select(async pair =>
        {
            var probe = await checker.CheckAsync(pair.Key, pair.Value, cancellationToken).ConfigureAwait(false);
            var count = Interlocked.Increment(ref done);
            progress?.Report(new InspectionProgress("check", pagesCrawled, 0, count, firstKind.Count, 0));
            return (pair.Key, probe);
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        return results.ToDictionary(r => r.Key, r => r.probe, StringComparer.Ordinal);
    }
}
