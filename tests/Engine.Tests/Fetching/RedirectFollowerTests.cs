using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Fetching;

public sealed class RedirectFollowerTests
{
    [Fact]
    public async Task A_redirect_loop_is_named_with_its_chain()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a"));
        });
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var result = await follower.FetchAsync(server.Url("/a"), FetchMode.GetHeaders, null, CancellationToken.None);

        Assert.Equal(LinkFailure.RedirectLoop, result.Failure);
        Assert.Equal([server.Url("/b").AbsoluteUri, server.Url("/a").AbsoluteUri], result.Chain);
    }

    [Fact]
    public async Task A_long_chain_stops_at_the_hop_limit()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/hop/{n:int}", (int n) => Results.Redirect($"/hop/{n + 1}")));
        var options = FetchKit.FastOptions();
        options.MaxRedirects = 5;
        var (fetcher, follower) = FetchKit.Create(options);
        using var _ = fetcher;

        var result = await follower.FetchAsync(server.Url("/hop/0"), FetchMode.GetHeaders, null, CancellationToken.None);

        Assert.Equal(LinkFailure.TooManyRedirects, result.Failure);
        Assert.Equal(6, result.Chain.Count);
        Assert.Equal(6, server.Requests.Count); // the first URL and five followed hops; the sixth is never requested
    }

    [Fact]
    public async Task A_correct_redirect_chain_ends_at_the_page()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/old", () => Results.Redirect("/moved", permanent: true));
            app.MapGet("/moved", () => Results.Redirect("/new"));
            app.MapGet("/new", () => "ok");
        });
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var result = await follower.FetchAsync(server.Url("/old"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(LinkFailure.None, result.Failure);
        Assert.Equal(200, result.Final.StatusCode);
        Assert.Equal(server.Url("/new"), result.FinalUrl);
        Assert.Equal(2, result.Chain.Count);
    }

    [Fact]
    public async Task Too_many_requests_then_ok_is_retried_honouring_retry_after()
    {
        var calls = 0;
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapMethods("/busy", ["GET", "HEAD"], (HttpContext c) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }

            return Results.Ok("fine");
        }));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await follower.FetchAsync(server.Url("/busy"), FetchMode.Head, null, CancellationToken.None);

        Assert.Equal(200, result.Final.StatusCode);
        Assert.Equal(2, result.Attempts);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task Retries_are_bounded_and_a_retry_after_beyond_the_limit_is_not_waited_for()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/down", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(503);
        }));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await follower.FetchAsync(server.Url("/down"), FetchMode.GetHeaders, null, CancellationToken.None);

        Assert.Equal(503, result.Final.StatusCode);
        Assert.Equal(1, result.Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_blocked_at_that_hop()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/go", () => Results.Redirect("http://169.254.169.254/latest/meta-data/")));
        var (fetcher, follower) = FetchKit.Create();
        using var _ = fetcher;

        var result = await follower.FetchAsync(server.Url("/go"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(LinkFailure.BlockedAddress, result.Failure);
        Assert.Equal(["http://169.254.169.254/latest/meta-data/"], result.Chain);
    }

    [Fact]
    public async Task A_request_that_timed_out_is_not_retried()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            app.MapGet("/hang", (HttpContext c) => Task.Delay(Timeout.Infinite, c.RequestAborted)));
        var options = FetchKit.FastOptions();
        options.RequestTimeout = TimeSpan.FromSeconds(0.5);
        options.MaxRetries = 2;
        var (fetcher, follower) = FetchKit.Create(options);
        using var _ = fetcher;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await follower.FetchAsync(server.Url("/hang"), FetchMode.GetHeaders, null, CancellationToken.None);

        Assert.Equal(LinkFailure.Timeout, result.Final.Failure);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(1, server.CountOf("GET", "/hang"));
        // The counts above are the proof; the clock only catches waits without a request (a back-off before giving up),
        // with room for a loaded machine: two more attempts would take at least 1.5 s more.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"waited {clock.Elapsed} for one 0.5 s timeout");
    }
}
