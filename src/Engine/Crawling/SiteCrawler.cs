using System.Collections.Concurrent;
using System.Diagnostics;
using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Extraction;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Pages;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Crawling;

/// <summary>
/// Breadth-first crawl of one site within its scope, page budget and depth limit. Levels are processed in parallel
/// but admitted in document order, so the same site gives the same page set on every run. Every fetched page is
/// handed to the <see cref="LinkChecker"/> as the probe for links pointing at it. Cancellation ends the crawl with
/// the pages read so far.
/// </summary>
public sealed class SiteCrawler(
    SiteOptions site, CrawlOptions options, RedirectFollower follower, LinkChecker checker, RobotsCache? robots, TimeProvider time,
    TypoDetector? typos = null)
{
    private static readonly string[] DocumentExtensions = [".pdf", ".docx"];

    private readonly CrawlScope _scope = new(site);

    /// <summary>Probes of pages read at the end of a redirect, by their final URL, for a direct link to the same page.</summary>
    private readonly ConcurrentDictionary<string, TargetProbe> _landed = new(StringComparer.Ordinal);

    public CrawlScope Scope => _scope;

    public async Task<CrawlResult> CrawlAsync(IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var maxPages = site.MaxPages ?? options.MaxPages;
        var maxDepth = site.MaxDepth ?? options.MaxDepth;
        var trapGuard = new CrawlTrapGuard(time.GetUtcNow(), options.MaxQueryVariantsPerPath);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var errors = new ConcurrentQueue<string>();
        var diagnostics = new ConcurrentQueue<string>();
        var pages = new List<CrawledPage>();
        var unread = new List<UnreadPage>();
        var notFound = new List<string>();
        var readAs = new List<(string Requested, string Final)>();
        int skippedByRobots = 0, skippedAsTraps = 0, leftByBudget = 0, admitted = 0, linksFound = 0;
        var cancelled = false;

        var level = new List<PageJob>();
        foreach (var start in site.StartUrls)
        {
            if (!Uri.TryCreate(start, UriKind.Absolute, out var uri) || !UrlCanonicalizer.TryCanonicalize(uri, out var canonical))
            {
                errors.Enqueue($"起始地址无效：{start}");
                continue;
            }

            if (seen.Add(canonical))
            {
                checker.Expect(canonical);
                level.Add(new PageJob(canonical, 0, IsDocument(uri), IsStart: true));
                admitted++;
            }
        }

        while (level.Count > 0)
        {
            var results = new PageOutcome?[level.Count];
            var crawledBefore = pages.Count;
            var done = 0;
            try
            {
                await Parallel.ForEachAsync(
                    Enumerable.Range(0, level.Count),
                    new ParallelOptions { MaxDegreeOfParallelism = CrawlDegree, CancellationToken = cancellationToken },
                    async (i, ct) =>
                    {
                        results[i] = await ProcessAsync(level[i], parsed, errors, diagnostics, ct).ConfigureAwait(false);
                        var count = Interlocked.Increment(ref done);
                        progress?.Report(new CrawlProgress(crawledBefore + count, level.Count - count, Volatile.Read(ref linksFound), checker.DistinctTargets));
                    }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
            }

            var next = new List<PageJob>();
            for (var i = 0; i < level.Count; i++)
            {
                if (results[i] is not { } result)
                {
                    continue;
                }

                if (result.Page is { } page)
                {
                    pages.Add(page);
                    linksFound += page.Links.Count;
                }

                if (result.Unread is { } notRead && unread.TrueForAll(u => u.Url != notRead.Url))
                {
                    unread.Add(notRead);
                }

                if (result.NotFoundUrl is { } notice)
                {
                    notFound.Add(notice);
                }

                if (result.ReadAs is { } alias)
                {
                    readAs.Add(alias);
                }

                foreach (var candidate in result.Candidates)
                {
                    if (cancelled || !seen.Add(candidate.Url))
                    {
                        continue;
                    }

                    // Robots and trap rules come before the budget: a URL they exclude is never requested, by the
                    // crawl or by the link checks after it.
                    if (candidate.Followable && trapGuard.Admit(candidate.Url) is { IsAdmitted: false } verdict)
                    {
                        skippedAsTraps++;
                        checker.Skip(candidate.Url, verdict.Description);
                        continue;
                    }

                    if (robots is not null && !await robots.IsAllowedAsync(new Uri(candidate.Url), cancellationToken).ConfigureAwait(false))
                    {
                        skippedByRobots++;
                        checker.Skip(candidate.Url, "robots.txt 禁止抓取");
                        continue;
                    }

                    if (!candidate.Followable)
                    {
                        continue; // an image, script or nofollow link on the site: checked, not crawled
                    }

                    if (level[i].Depth + 1 > maxDepth || admitted >= maxPages)
                    {
                        leftByBudget++;
                        continue; // still checked as a link, after the crawl
                    }

                    checker.Expect(candidate.Url);
                    next.Add(new PageJob(candidate.Url, level[i].Depth + 1, candidate.IsDocument, IsStart: false));
                    admitted++;
                }
            }

            if (cancelled)
            {
                break;
            }

            level = next;
        }

        checker.AbandonExpected("检查已取消，未访问");
        var judged = pages.Select(p => p.Url).Concat(notFound).ToHashSet(StringComparer.Ordinal);
        judged.UnionWith(readAs.Where(a => judged.Contains(a.Final)).Select(a => a.Requested).ToList());
        return new CrawlResult(pages, errors.ToList())
        {
            UnreadPages = unread,
            NotFoundPages = notFound.Distinct(StringComparer.Ordinal).ToList(),
            ReadUrls = judged,
            Diagnostics = diagnostics.ToList(),
            SkippedByRobots = skippedByRobots,
            SkippedAsTraps = skippedAsTraps,
            LeftByBudget = leftByBudget,
            Cancelled = cancelled,
        };
    }

    /// <summary>
    /// Pages in hand at once: the site's hosts can serve no more than their per-host slots, and a page waiting for a
    /// slot while holding its parsed neighbours would only cost memory.
    /// </summary>
    private int CrawlDegree => Math.Clamp(options.PerHostConcurrency * Math.Max(1, _scope.Hosts.Count), 1, options.TotalConcurrency);

    private async Task<PageOutcome> ProcessAsync(
        PageJob job, ConcurrentDictionary<string, byte> parsed, ConcurrentQueue<string> errors, ConcurrentQueue<string> diagnostics, CancellationToken cancellationToken)
    {
        if (_landed.TryGetValue(job.Url, out var landed))
        {
            // Already read at the end of another link's redirect: reuse it, request nothing.
            checker.Complete(job.Url, landed);
            return PageOutcome.Empty;
        }

        try
        {
            return await FetchAndReadAsync(job, parsed, errors, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A hostile page or a bug on one page must not lose the rest of the run.
            diagnostics.Enqueue(UnexpectedFailureText.ForErrors("处理页面", job.Url, ex));
            checker.Complete(job.Url, new TargetProbe(new LinkCheckResult { Url = job.Url, Failure = LinkFailure.ConnectionError, Detail = UnexpectedFailureText.ForPage(job.Url, ex) }, null));
            return PageOutcome.Empty;
        }
    }

    private async Task<PageOutcome> FetchAndReadAsync(PageJob job, ConcurrentDictionary<string, byte> parsed, ConcurrentQueue<string> errors, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var url = new Uri(job.Url);
        var cap = job.IsDocument ? options.MaxAttachmentBytes : options.MaxBodyBytes;
        var followed = await follower.FetchAsync(url, FetchMode.GetBody, cap, cancellationToken).ConfigureAwait(false);

        var final = followed.Final;
        var finalUrl = UrlCanonicalizer.TryCanonicalize(followed.FinalUrl, out var canonicalFinal) ? canonicalFinal : job.Url;
        var inScope = _scope.Contains(followed.FinalUrl);
        if (followed.Failure != LinkFailure.None || final.StatusCode is < 200 or >= 300 || final.Body is null || !inScope)
        {
            // Links to it are judged from this probe; only a start page is a finding of its own (nothing else was read).
            var probe = checker.Probe(job.Url, followed, null, clock.Elapsed, followed.Attempts);
            checker.Complete(job.Url, probe);
            return job.IsStart ? StartNotRead(job, followed, probe, inScope, errors) : PageOutcome.Empty;
        }

        var firstRead = parsed.TryAdd(finalUrl, 0);
        if (job.IsDocument || IsDocumentType(final.ContentType))
        {
            Complete(job, finalUrl, followed, null, clock.Elapsed);
            return firstRead ? await ReadDocumentBoundedAsync(job, finalUrl, final, cancellationToken).ConfigureAwait(false) : PageOutcome.Empty;
        }

        if (final.BodyTruncated)
        {
            // The page exists (links to it work), but a cut page would give partial links and anchors: it is not read.
            Complete(job, finalUrl, followed, null, clock.Elapsed);
            return firstRead || job.IsStart ? PageOutcome.NotRead(Unread(job, finalUrl, final, TooLarge(final))) : PageOutcome.Empty;
        }

        if (!ResultBuilder.IsHtml(final))
        {
            Complete(job, finalUrl, followed, null, clock.Elapsed);
            return (firstRead || job.IsStart) && (job.IsStart || PagePromise.IsBroken(url, final.ContentType))
                ? PageOutcome.NotRead(Unread(job, finalUrl, final, NotHtml(final)))
                : PageOutcome.Empty;
        }

        // Parsed for every alias (its probe needs the title and anchors), but its links are read once.
        var decoded = CharsetDecoder.Decode(final.Body!, final.ContentType);
        var page = HtmlPageParser.Parse(decoded.Text, followed.FinalUrl, decoded.Encoding);
        var judged = Complete(job, finalUrl, followed, page, clock.Elapsed);
        if (judged.Result.Failure == LinkFailure.SoftNotFound)
        {
            // A "page not found" notice is one finding for the links to it; its own links and text are not the site's.
            var notice = LinkFailureText.Describe(LinkKind.Anchor, judged.Result, null);
            return new PageOutcome(null, [])
            {
                NotFoundUrl = finalUrl,
                ReadAs = (job.Url, finalUrl),
                Unread = job.IsStart ? new UnreadPage(job.Url, true, PageReadProblem.NotFoundNotice, WithoutVerb(notice), final.StatusCode, final.ContentType) : null,
            };
        }

        if (!firstRead)
        {
            return PageOutcome.Empty with { ReadAs = (job.Url, finalUrl) };
        }

        var references = new List<LinkReference>(page.Links.Count);
        var candidates = new List<Candidate>();
        foreach (var link in page.Links)
        {
            string? target = null;
            if (link.Target is not null && UrlCanonicalizer.TryCanonicalize(link.Target, out var canonical))
            {
                target = canonical;
            }

            references.Add(new LinkReference(finalUrl, link.RawHref, target, link.Text, link.Kind) { Fragment = link.Fragment });
            if (target is not null && _scope.Contains(link.Target!))
            {
                candidates.Add(new Candidate(target, IsDocument(link.Target!), Followable: !page.NoFollow && IsFollowable(link.Kind, link.Target!)));
            }
        }

        var readError = decoded.LooksGarbled ? $"页面编码无法正确识别（按 {decoded.Encoding.WebName} 解码后仍有乱码）" : null;

        // Garbled text would only produce false typos; such a page is named as unreadable instead.
        var typoChecked = typos is not null && !decoded.LooksGarbled;
        var pageTypos = typoChecked ? FindTypos(page, finalUrl) : [];
        if (pageTypos.Count >= TypoDetector.MaxHits)
        {
            // The detector stopped at its cap: the rest of the page is unchecked, so nothing on it may be resolved.
            typoChecked = false;
            readError ??= $"页面疑似错别字超过 {TypoDetector.MaxHits} 处，仅报告前 {TypoDetector.MaxHits} 处";
        }
        return new PageOutcome(
            new CrawledPage(finalUrl, job.Depth, references) { ReadError = readError, Typos = pageTypos, TypoChecked = typoChecked }, candidates)
        {
            ReadAs = (job.Url, finalUrl),
        };
    }

    /// <summary>A start page with no readable answer: a finding, unless the server only asked us to slow down.</summary>
    private static PageOutcome StartNotRead(PageJob job, FollowedResponse followed, TargetProbe probe, bool inScope, ConcurrentQueue<string> errors)
    {
        var final = followed.Final;
        if (probe.Throttled)
        {
            errors.Enqueue($"起始页面 {job.Url} 因对方服务器限流（HTTP {final.StatusCode}）本次未能访问，不计为问题");
            return PageOutcome.Empty;
        }

        var (problem, reason) = probe.Result.IsBroken ? (PageReadProblem.Failed, WithoutVerb(LinkFailureText.Describe(LinkKind.Anchor, probe.Result, null)))
            : !inScope ? (PageReadProblem.LeavesScope, $"跳转到检查范围以外的地址 {followed.FinalUrl.AbsoluteUri}")
            : (PageReadProblem.NoContent, $"服务器返回 HTTP {final.StatusCode}，没有页面内容");
        int? status = final.Status is null ? null : final.StatusCode;
        return PageOutcome.NotRead(new UnreadPage(job.Url, true, problem, reason, status, final.ContentType));
    }

    private static UnreadPage Unread(PageJob job, string finalUrl, FetchResponse final, (PageReadProblem Problem, string Reason) why) =>
        new(job.IsStart ? job.Url : finalUrl, job.IsStart, why.Problem, why.Reason, final.StatusCode, final.ContentType);

    private (PageReadProblem, string) TooLarge(FetchResponse final) => final.BodyInflatedPastCap
        ? (PageReadProblem.InflatesTooFar, $"压缩传输的内容解压后超过 {Megabytes(Math.Max(options.MaxBodyBytes, options.MaxDecompressedBytes))} 的上限（疑似压缩炸弹），未读取")
        : (PageReadProblem.TooLarge, $"页面内容超过 {Megabytes(options.MaxBodyBytes)} 的读取上限，未读取");

    private static (PageReadProblem, string) NotHtml(FetchResponse final) => (PageReadProblem.NotHtml, final.ContentType is { Length: > 0 } type
        ? $"服务器返回的不是网页（内容类型为 {type}），浏览器无法按网页显示"
        : "服务器返回的不是网页（未声明内容类型，内容也不是 HTML），浏览器无法按网页显示");

    private static string Megabytes(int bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    // LinkFailureText phrases a link's outcome as "无法访问：…"; a page finding states the cause after its own verb.
    private static string WithoutVerb(string outcome) =>
        outcome.StartsWith("无法访问：", StringComparison.Ordinal) ? outcome["无法访问：".Length..] : outcome;

    private List<PageTypo> FindTypos(ParsedPage page, string url)
    {
        var context = new TypoContext { PageDate = PageDateExtractor.Extract(page.VisibleText, url), OrganName = site.OwnOrganName() };
        return typos!.Detect(page.VisibleText, context)
            .Select(hit =>
            {
                var (before, after) = TypoFindingFactory.ContextOf(page.VisibleText, hit);
                return new PageTypo(hit, before, after);
            })
            .ToList();
    }

    /// <summary>Settles the job's probe; a page reached through redirects also answers direct links to its final URL.</summary>
    private TargetProbe Complete(PageJob job, string finalUrl, FollowedResponse followed, ParsedPage? page, TimeSpan elapsed)
    {
        var own = checker.Probe(job.Url, followed, page, elapsed, followed.Attempts);
        checker.Complete(job.Url, own);
        if (finalUrl != job.Url && followed.Chain.Count > 0)
        {
            var direct = followed with { Chain = [] };
            var probe = checker.Probe(finalUrl, direct, page, elapsed, 1);
            _landed.TryAdd(finalUrl, probe);
            checker.Complete(finalUrl, probe);
        }

        return own;
    }

    /// <summary>PDF and DOCX parsers cannot be cancelled, so a hostile file is abandoned after a time limit.</summary>
    private async Task<PageOutcome> ReadDocumentBoundedAsync(PageJob job, string finalUrl, FetchResponse final, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(() => ReadDocument(job, finalUrl, final), CancellationToken.None)
                .WaitAsync(options.DocumentParseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new PageOutcome(new CrawledPage(finalUrl, job.Depth, []) { ReadError = $"附件解析超过 {options.DocumentParseTimeout.TotalSeconds:0} 秒，已放弃读取其中的链接" }, []);
        }
    }

    private PageOutcome ReadDocument(PageJob job, string finalUrl, FetchResponse final)
    {
        using var stream = new MemoryStream(final.Body!, writable: false);
        var extracted = DocumentLinkExtractor.Extract(stream, final.ContentType ?? Path.GetExtension(new Uri(job.Url).AbsolutePath));
        var references = new List<LinkReference>(extracted.Links.Count);
        foreach (var link in extracted.Links)
        {
            string? target = null;
            string? fragment = null;
            if (Uri.TryCreate(new Uri(finalUrl), link.Uri, out var absolute) && absolute.Scheme is "http" or "https"
                && UrlCanonicalizer.TryCanonicalize(absolute, out var canonical))
            {
                target = canonical;
                fragment = absolute.Fragment.Length > 1 ? Uri.UnescapeDataString(absolute.Fragment[1..]) : null;
            }
            else if (link.Uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || link.Uri.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            references.Add(new LinkReference(finalUrl, link.Uri, target, link.Text, LinkKind.DocumentLink) { Fragment = fragment });
        }

        if (extracted.Error is { } damaged && !final.BodyTruncated)
        {
            // The whole file came and still cannot be parsed: readers cannot open it either, which is the site's defect.
            return new PageOutcome(new CrawledPage(finalUrl, job.Depth, references) { ReadDetail = extracted.Detail }, [])
            {
                Unread = new UnreadPage(finalUrl, false, PageReadProblem.DamagedAttachment, damaged, final.StatusCode, final.ContentType),
            };
        }

        // A file cut at our own cap looks damaged to the parser; the cap is the truth to tell.
        var error = final.BodyTruncated ? "附件超过大小上限，仅读取了前一部分" : extracted.Error;
        return new PageOutcome(new CrawledPage(finalUrl, job.Depth, references) { ReadError = error, ReadDetail = extracted.Detail }, []);
    }

    private static bool IsFollowable(LinkKind kind, Uri target) =>
        kind is LinkKind.Anchor or LinkKind.Area or LinkKind.Frame || (kind == LinkKind.Attachment && IsDocument(target));

    private static bool IsDocument(Uri url) =>
        DocumentExtensions.Any(e => url.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsDocumentType(string? contentType) =>
        contentType is not null && (contentType.Contains("application/pdf", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase));

    private sealed record PageJob(string Url, int Depth, bool IsDocument, bool IsStart);

    /// <summary>An in-scope target found on a page; followable ones are crawled, the rest only checked.</summary>
    private sealed record Candidate(string Url, bool IsDocument, bool Followable);

    private sealed record PageOutcome(CrawledPage? Page, IReadOnlyList<Candidate> Candidates)
    {
        public static PageOutcome Empty { get; } = new(null, []);

        /// <summary>A page of the site that answered but could not be read.</summary>
        public UnreadPage? Unread { get; init; }

        /// <summary>A page read and judged a "page not found" notice.</summary>
        public string? NotFoundUrl { get; init; }

        /// <summary>The requested URL and the final URL whose content it got, when that content was read.</summary>
        public (string Requested, string Final)? ReadAs { get; init; }

        public static PageOutcome NotRead(UnreadPage unread) => Empty with { Unread = unread };
    }
}
