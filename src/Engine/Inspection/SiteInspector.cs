using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Crawling;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Reports.Publication;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Inspection;

/// <summary>
/// One link inspection of one site: crawl, check every distinct target once, and turn what is wrong into findings.
/// The run is bounded by <see cref="CrawlOptions.MaxRunDuration"/>; a run stopped early keeps every finding it made
/// but resolves nothing. Nothing here touches storage; <see cref="InspectionRunner"/> persists the result.
/// </summary>
public sealed class SiteInspector(CrawlOptions options, IHostResolver resolver, TimeProvider time, TypoDetector? typos = null)
{
    public async Task<InspectionResult> InspectAsync(SiteOptions site, IProgress<InspectionProgress>? progress, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var runId = RunIds.AdHoc(startedAt);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.MaxRunDuration);

        var guard = new AddressGuard(AllowedHosts(site));
        using var fetcher = new HttpFetcher(options, guard, resolver);
        var throttle = new HostThrottle(options.PerHostConcurrency, options.TotalConcurrency, options.PolitenessDelay, time);
        var follower = new RedirectFollower(fetcher, throttle, options, time);
        var checker = new LinkChecker(follower, options);
        var robots = site.IgnoreRobotsTxt ? null : new RobotsCache(follower, options.UserAgent);
        var crawler = new SiteCrawler(site, options, follower, checker, robots, time, typos);
        var errors = new List<string>();

        var crawlProgress = progress is null ? null : new Progress<CrawlProgress>(p =>
            progress.Report(new InspectionProgress("crawl", p.PagesCrawled, p.PagesQueued, p.TargetsChecked, 0, 0)));
        var crawl = await crawler.CrawlAsync(crawlProgress, deadline.Token).ConfigureAwait(false);
        var cancelled = crawl.Cancelled;

        var occurrences = DistinctOccurrences(crawl.Pages);
        var targets = TargetsToCheck(occurrences, options.MaxTargets, errors);
        var probes = new Dictionary<string, TargetProbe>(StringComparer.Ordinal);
        if (cancelled)
        {
            // Settle what the crawl never reached, then keep every probe that did finish.
            checker.AbandonExpected("检查已停止，未访问");
        }

        cancelled |= !await CheckTargetsAsync(checker, targets, crawl.Pages.Count, probes, progress, deadline.Token).ConfigureAwait(false);
        checker.AbandonExpected("检查已停止，未访问");
        var findings = LinkFindingAssembler.Assemble(site.Id, occurrences, probes, options.SharedLinkMinPages, startedAt)
            .Concat(TypoFindingAssembler.Assemble(site.Id, crawl.Pages, options.SharedLinkMinPages, startedAt))
            .Concat(crawl.UnreadPages.Select(p => PageReadFindingFactory.ForUnreadPage(site.Id, p.Url, p.IsStart, p.Problem, p.Reason, p.Status, p.ContentType, startedAt)))
            .ToList();
        errors.InsertRange(0, crawl.Errors);
        errors.AddRange(robots?.Problems ?? []);
        errors.AddRange(crawl.Pages.Where(p => p.ReadError is not null).Select(p => $"{p.Url}：{p.ReadError}"));

        // Raw exceptions of crawl and checks: for developers in the run record; staff read the Chinese sentences.
        var diagnostics = crawl.Diagnostics
            .Concat(checker.Errors)
            .Concat(crawl.Pages.Where(p => p.ReadDetail is not null).Select(p => $"{p.Url}：{p.ReadDetail}"))
            .ToList();
        var publication = PublicationOutcome.None;
        if (site.Organs.Count > 0 && !cancelled && crawl.Pages.Count > 0)
        {
            // Column pages and report pages count against what the crawl left of the site's page budget.
            var budget = Math.Max(0, (site.MaxPages ?? options.MaxPages) - crawl.Pages.Count);
            var publicationFetcher = new PublicationPageFetcher(follower, options.MaxBodyBytes, budget);
            try
            {
                publication = await PublicationInspector.InspectAsync(site, crawl.Pages, publicationFetcher, startedAt, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
            {
                cancelled = true;
            }

            findings.AddRange(publication.Findings);
            errors.AddRange(publication.Notes);
        }

        var throttled = probes.Values.Count(p => p.Throttled);
        if (throttled > 0)
        {
            errors.Add($"{throttled} 个链接因对方服务器限流（HTTP 429/503）本次未能检查，不计为新问题，原有问题保持未整改");
        }

        var (verified, unverified) = JudgedTargets(occurrences, probes);

        if (cancelled)
        {
            errors.Add(cancellationToken.IsCancellationRequested
                ? "检查被取消，结果不完整"
                : $"检查超过 {options.MaxRunDuration.TotalMinutes:0} 分钟时限，已停止，结果不完整");
        }

        // A run that could not read the site (start page down, stopped early) is no evidence that defects were fixed.
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
            Diagnostics = diagnostics,
            Cancelled = cancelled,
            RuleScopes = !authoritative ? [] : RuleScopes(typos is not null, publication.CompleteOrgans.Count > 0),
            ExaminedScopes = RuleScopes(typos is not null, site.Organs.Count > 0),
            VerifiedTargets = verified,
            UnverifiedTargets = unverified,
            CrawledPages = crawl.ReadUrls.Concat(publication.PagesRead).ToHashSet(StringComparer.Ordinal),
            PublicationCheckedOrgans = publication.CompleteOrgans,

            // A not-found notice was read whole: whatever was once reported on it is gone with the page.
            TypoCheckedPages = crawl.Pages.Where(p => p.TypoChecked).Select(p => p.Url)
                .Concat(typos is null ? [] : crawl.NotFoundPages).ToHashSet(StringComparer.Ordinal),
            UnreadPages = crawl.UnreadPages,
        };
    }

    /// <summary>The rule families this run may resolve; publication only when some organ's column was read completely.</summary>
    private static List<string> RuleScopes(bool typosChecked, bool publicationChecked)
    {
        var scopes = new List<string> { Rules.Catalogue.RuleScopes.Links };
        if (typosChecked)
        {
            scopes.Add(Rules.Catalogue.RuleScopes.Typos);
        }

        if (publicationChecked)
        {
            scopes.Add(PublicationEvidence.RuleScope);
        }

        return scopes;
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

    /// <summary>Splits the targets the pages link to into those this run judged and those it could not.</summary>
    private static (HashSet<string> Verified, HashSet<string> Unverified) JudgedTargets(
        List<LinkReference> occurrences, Dictionary<string, TargetProbe> probes)
    {
        var verified = new HashSet<string>(StringComparer.Ordinal);
        var unverified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in occurrences.Select(o => o.TargetUrl).OfType<string>())
        {
            if (probes.TryGetValue(target, out var probe) && probe.IsVerdict)
            {
                verified.Add(target);
            }
            else
            {
                unverified.Add(target);
            }
        }

        return (verified, unverified);
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

    /// <summary>Distinct targets in first-seen order, capped: link spam on a hacked page must not multiply the run.</summary>
    private static List<KeyValuePair<string, LinkKind>> TargetsToCheck(List<LinkReference> occurrences, int maxTargets, List<string> errors)
    {
        var firstKind = new Dictionary<string, LinkKind>(StringComparer.Ordinal);
        var order = new List<KeyValuePair<string, LinkKind>>();
        var dropped = 0;
        foreach (var link in occurrences)
        {
            if (link.TargetUrl is null || firstKind.ContainsKey(link.TargetUrl))
            {
                continue;
            }

            if (order.Count >= maxTargets)
            {
                dropped++;
                continue;
            }

            firstKind[link.TargetUrl] = link.Kind;
            order.Add(new(link.TargetUrl, link.Kind));
        }

        if (dropped > 0)
        {
            errors.Add($"链接目标超过 {maxTargets} 个上限，另有 {dropped} 个未检查");
        }

        return order;
    }

    /// <summary>Checks every target; false when the run was stopped, with the probes that finished kept in <paramref name="probes"/>.</summary>
    private static async Task<bool> CheckTargetsAsync(
        LinkChecker checker, List<KeyValuePair<string, LinkKind>> targets, int pagesCrawled, Dictionary<string, TargetProbe> probes,
        IProgress<InspectionProgress>? progress, CancellationToken cancellationToken)
    {
        var done = 0;
        var tasks = targets.Select(pair => (pair.Key, Task: Report(checker.CheckAsync(pair.Key, pair.Value, cancellationToken)))).ToList();
        try
        {
            await Task.WhenAll(tasks.Select(t => t.Task)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        foreach (var (url, task) in tasks)
        {
            if (task.IsCompletedSuccessfully)
            {
                probes[url] = task.Result;
            }
        }

        return probes.Count == tasks.Count;

        async Task<TargetProbe> Report(Task<TargetProbe> check)
        {
            var probe = await check.ConfigureAwait(false);
            progress?.Report(new InspectionProgress("check", pagesCrawled, 0, Interlocked.Increment(ref done), targets.Count, 0));
            return probe;
        }
    }
}
