using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.Fetching;

public sealed class HttpFetcherTests
{
    [Fact]
    public async Task A_closed_port_is_connection_refused()
    {
        var port = FreePort();
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/"), FetchMode.Head, null, CancellationToken.None);

        Assert.Equal(LinkFailure.ConnectionRefused, response.Failure);
    }

    [Fact]
    public async Task A_reserved_invalid_name_is_a_dns_failure_without_a_query()
    {
        var (fetcher, _) = FetchKit.Create(resolver: new SystemHostResolver());
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(new Uri("http://nonexistent.invalid/x"), FetchMode.Head, null, CancellationToken.None);

        Assert.Equal(LinkFailure.DnsFailure, response.Failure);
    }

    [Fact]
    public async Task A_name_resolving_to_a_private_address_is_blocked_and_never_requested()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/", () => "secret"));
        var resolver = new MapResolver(new() { ["intranet.example"] = IPAddress.Loopback });
        var (fetcher, _) = FetchKit.Create(resolver: resolver, allowedHosts: ["only-this.example"]);
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(new Uri($"http://intranet.example:{server.BaseUri.Port}/"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(LinkFailure.BlockedAddress, response.Failure);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_within_the_bound()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/slow", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            return "late";
        }));
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;
        var clock = Stopwatch.StartNew();

        var response = await fetcher.FetchAsync(server.Url("/slow"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(LinkFailure.Timeout, response.Failure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_trickling_body_times_out_within_the_bound()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/trickle", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            for (var i = 0; i < 100 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync("<p>字</p>"u8.ToArray(), c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(300, c.RequestAborted);
            }
        }));
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;
        var clock = Stopwatch.StartNew();

        var response = await fetcher.FetchAsync(server.Url("/trickle"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(LinkFailure.Timeout, response.Failure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_gzip_bomb_stops_at_the_decompressed_cap()
    {
        var bomb = GzipOfZeros(200 * 1024 * 1024);
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/bomb", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            c.Response.Headers.ContentEncoding = "gzip";
            await c.Response.Body.WriteAsync(bomb);
        }));
        var options = FetchKit.FastOptions();
        var (fetcher, _) = FetchKit.Create(options);
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(server.Url("/bomb"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(LinkFailure.None, response.Failure);
        Assert.True(response.BodyTruncated);
        Assert.Equal(options.MaxDecompressedBytes, response.Body!.Length);
    }

    [Fact]
    public async Task A_huge_body_stops_at_the_wire_cap()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/huge", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 200 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        }));
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(server.Url("/huge"), FetchMode.GetBody, 100_000, CancellationToken.None);

        Assert.True(response.BodyTruncated);
        Assert.Equal(100_000, response.Body!.Length);
    }

    [Fact]
    public async Task A_compressed_page_is_decoded()
    {
        var page = "<html><head><title>政府信息公开</title></head></html>"u8.ToArray();
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/gz", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.Headers.ContentEncoding = "gzip";
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(page);
            }

            await c.Response.Body.WriteAsync(buffer.ToArray());
        }));
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(server.Url("/gz"), FetchMode.GetBody, null, CancellationToken.None);

        Assert.Equal(page, response.Body);
        Assert.False(response.BodyTruncated);
    }

    private static byte[] GzipOfZeros(int size)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
