using System.Collections.Concurrent;
using System.Diagnostics;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Extraction;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Checking;

/// <summary>
/// Checks each distinct target once per run. Pages (anchors, frames) are fetched with GET and a small body cap so a
/// soft 404 and the title (for wrong-link checks) can be read; resources and attachments take HEAD first and fall
/// back to a GET that reads only the headers, so a large attachment is never downloaded whole.
/// Pages the crawler fetches itself are registered with <see cref="Expect"/> and never requested twice.
/// </summary>
public sealed class LinkChecker(RedirectFollower follower, CrawlOptions options)
{
    /// <summary>Enough of an external page for its title, headings and a soft-404 notice.</summary>
    public const int PageProbeBytes = 512 * 1024;

    private readonly ConcurrentDictionary<string, Lazy<Task<TargetProbe>>> _probes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<TargetProbe>> _expected = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private int _requested;

    /// <summary>Distinct targets requested by the checker itself (not counting crawled pages).</summary>
    public int TargetsRequested => Volatile.Read(ref _requested);

    /// <summary>Exceptions met while checking, for the run record (developer-facing; findings carry Chinese text only).</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>All probes settled so far, by canonical URL.</summary>
    public int DistinctTargets => _probes.Count;

    /// <summary>The crawler will fetch this URL: links to it wait for that fetch instead of requesting it again.</summary>
    public bool Expect(string canonicalUrl)
    {
        var source = new TaskCompletionSource<TargetProbe>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lazy = new Lazy<Task<TargetProbe>>(() => source.Task);
        if (!_probes.TryAdd(canonicalUrl, lazy))
        {
            return false;
        }

        _expected[canonicalUrl] = source;
        return true;
    }

    /// <summary>Records the crawler's own fetch of an expected URL.</summary>
    public void Complete(string canonicalUrl, TargetProbe probe)
    {
        if (_expected.TryRemove(canonicalUrl, out var source))
        {
            source.TrySetResult(probe);
        }
    }

    /// <summary>Marks a target the run will not request (robots.txt, trap), unless something already checked it.</summary>
    public void Skip(string canonicalUrl, string reason)
    {
        if (_expected.TryRemove(canonicalUrl, out var source))
        {
            source.TrySetResult(TargetProbe.Skipped(canonicalUrl, reason));
            return;
        }

        _probes.TryAdd(canonicalUrl, new Lazy<Task<TargetProbe>>(Task.FromResult(TargetProbe.Skipped(canonicalUrl, reason))));
    }

    public Task<TargetProbe> CheckAsync(string canonicalUrl, LinkKind kind, CancellationToken cancellationToken) =>
        _probes.GetOrAdd(canonicalUrl, url => new Lazy<Task<TargetProbe>>(() => ProbeAsync(url, kind, cancellationToken))).Value;

    /// <summary>Settles every expected URL the crawl never reached (cancelled run, budget).</summary>
    public void AbandonExpected(string reason)
    {
        foreach (var url in _expected.Keys)
        {
            if (_expected.TryRemove(url, out var source))
            {
                source.TrySetResult(TargetProbe.Skipped(url, reason));
            }
        }
    }

    private async Task<TargetProbe> ProbeAsync(string url, LinkKind kind, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requested);
        var clock = Stopwatch.StartNew();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = 0;
        try
        {
            return await ProbeWithinBudgetAsync(url, kind, clock, StartBudget, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TargetProbe(new LinkCheckResult
            {
                Url = url,
                Failure = LinkFailure.Timeout,
                Detail = $"单个链接的检查超过 {options.TargetBudget.TotalSeconds:0} 秒上限（含跳转与重试）",
                Elapsed = clock.Elapsed,
            }, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever a hostile server makes our parsers do, it is this target's outcome, never the run's end.
            _errors.Enqueue(UnexpectedFailureText.ForErrors("检查链接", url, ex));
            return new TargetProbe(new LinkCheckResult
            {
                Url = url,
                Failure = LinkFailure.ConnectionError,
                Detail = UnexpectedFailureText.ForLink(url, ex),
                Elapsed = clock.Elapsed,
            }, null);
        }

        // The budget runs from the target's first request: while every target of a run waits for a slot of our own
        // throttle, a slow neighbour's time must not be charged to it.
        void StartBudget()
        {
            if (Interlocked.Exchange(ref started, 1) == 0)
            {
                clock.Restart();
                budget.CancelAfter(options.TargetBudget);
            }
        }
    }

    /// <summary>A probe from the final exchange; being told to slow down is our limit, not the site's defect.</summary>
    public TargetProbe Probe(string url, FollowedResponse followed, ParsedPage? page, TimeSpan elapsed, int attempts)
    {
        var final = followed.Final;
        if (final.StatusCode == 429 || (final.StatusCode == 503 && final.RetryAfter > options.MaxRetryAfter))
        {
            return TargetProbe.Skipped(url, $"服务器要求降低访问频率（HTTP {final.StatusCode}），本次未能检查，原有问题保持未整改") with { Throttled = true };
        }

        // Anchors of a page cut at a size cap are incomplete: an anchor past the cut is unknown, not missing.
        var anchors = final.BodyTruncated ? null : page?.AnchorIds;
        return new TargetProbe(ResultBuilder.Build(url, followed, page, elapsed) with { Attempts = attempts }, anchors)
        {
            Inferred = final.ShortCircuited,
        };
    }

    private async Task<TargetProbe> ProbeWithinBudgetAsync(string url, LinkKind kind, Stopwatch clock, Action requestStarting, CancellationToken cancellationToken)
    {
        var uri = new Uri(url);
        if (kind is LinkKind.Anchor or LinkKind.Area or LinkKind.Frame)
        {
            var followed = await follower.FetchAsync(uri, FetchMode.GetBody, PageProbeBytes, cancellationToken, requestStarting).ConfigureAwait(false);
            ParsedPage? page = null;
            if (followed.Failure == LinkFailure.None && followed.Final.Body is { } body && ResultBuilder.IsHtml(followed.Final))
            {
                var decoded = CharsetDecoder.Decode(body, followed.Final.ContentType);
                page = HtmlPageParser.Parse(decoded.Text, followed.FinalUrl, decoded.Encoding);
            }

            return Probe(url, followed, page, clock.Elapsed, followed.Attempts);
        }

        var head = await follower.FetchAsync(uri, FetchMode.Head, null, cancellationToken, requestStarting).ConfigureAwait(false);
        if (!HeadIsReliable(head))
        {
            // Many servers refuse or mishandle HEAD (405, 403, 501, even 404): only a GET is a verdict.
            var get = await follower.FetchAsync(uri, FetchMode.GetHeaders, null, cancellationToken, requestStarting).ConfigureAwait(false);
            return Probe(url, get, null, clock.Elapsed, head.Attempts + get.Attempts);
        }

        return Probe(url, head, null, clock.Elapsed, head.Attempts);
    }

    // A HEAD that could not connect would fare no better as a GET; a status, or a server that connected but never
    // answered the HEAD (some drop HEAD silently), is worth a second look, and only a 2xx is taken as is (a 304 or a
    // 999 to HEAD says nothing of what a reader's GET gets).
    private static bool HeadIsReliable(FollowedResponse head) => head.Failure switch
    {
        LinkFailure.None => head.Final.StatusCode is >= 200 and < 300,
        LinkFailure.Timeout => head.Final.ConnectFailed,
        LinkFailure.DnsFailure or LinkFailure.ConnectionRefused or LinkFailure.TlsFailure or LinkFailure.BlockedAddress
            or LinkFailure.RedirectLoop or LinkFailure.TooManyRedirects => true,
        _ => false,
    };
}
