using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Tests.Fetching;

/// <summary>Failure details reach Chinese staff: no framework English, only the URL or host they name.</summary>
public sealed class NetworkFailureDetailTests
{
    [Fact]
    public async Task A_refused_connection_is_described_in_chinese()
    {
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{FreePort()}/"), FetchMode.Head, null, CancellationToken.None);

        Assert.Equal(LinkFailure.ConnectionRefused, response.Failure);
        Assert.Equal("服务器拒绝连接", response.FailureDetail);
    }

    [Fact]
    public async Task An_unresolvable_host_is_named_in_a_chinese_detail()
    {
        var (fetcher, _) = FetchKit.Create(resolver: new SystemHostResolver());
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(new Uri("http://nonexistent.invalid/x"), FetchMode.Head, null, CancellationToken.None);

        Assert.Equal(LinkFailure.DnsFailure, response.Failure);
        Assert.Equal("域名 nonexistent.invalid 无法解析", response.FailureDetail);
        AssertChineseOnly(response.FailureDetail!, "nonexistent.invalid");
    }

    [Fact]
    public async Task A_connection_reset_by_the_server_is_described_in_chinese()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var resetter = Task.Run(async () =>
        {
            // Read the request, then abort with RST: the client sees "Connection reset by peer" or an ended response.
            using var client = await listener.AcceptTcpClientAsync();
            await client.GetStream().ReadAtLeastAsync(new byte[4096], 1, throwOnEndOfStream: false);
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close();
        });
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;

        var response = await fetcher.FetchAsync(
            new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/"), FetchMode.Head, null, CancellationToken.None);
        await resetter;

        Assert.Equal(LinkFailure.ConnectionError, response.Failure);
        Assert.Contains(response.FailureDetail, new[] { "连接被服务器重置", "服务器在响应完成前断开了连接" });
    }

    [Fact]
    public void A_reset_below_an_http_error_names_the_socket_cause()
    {
        var reset = new HttpRequestException(HttpRequestError.ConnectionError, "An error occurred while sending the request.",
            new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset)));

        Assert.Equal((LinkFailure.ConnectionError, "连接被服务器重置"), HttpFetcher.Classify(reset, "www.example.gov.cn"));
    }

    [Theory]
    [InlineData(SocketError.NetworkUnreachable, "网络不可达")]
    [InlineData(SocketError.HostUnreachable, "服务器主机不可达")]
    [InlineData(SocketError.ConnectionAborted, "连接被中断")]
    public void Socket_errors_map_to_chinese_categories(SocketError error, string expected)
    {
        var (failure, detail) = HttpFetcher.Classify(new HttpRequestException("x", new SocketException((int)error)));

        Assert.Equal(LinkFailure.ConnectionError, failure);
        Assert.Equal(expected, detail);
    }

    [Fact]
    public void A_dns_failure_reported_by_the_platform_names_the_host()
    {
        var dns = new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (www.example.gov.cn:80)",
            new SocketException((int)SocketError.HostNotFound));

        Assert.Equal((LinkFailure.DnsFailure, "域名 www.example.gov.cn 无法解析"), HttpFetcher.Classify(dns, "www.example.gov.cn"));
        Assert.Equal((LinkFailure.DnsFailure, "域名 www.example.gov.cn 无法解析"),
            HttpFetcher.Classify(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"), "www.example.gov.cn"));
    }

    [Fact]
    public void A_reset_during_the_handshake_stays_a_tls_failure()
    {
        var handshake = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established.",
            new IOException("Received an unexpected EOF or 0 bytes from the transport stream.", new SocketException((int)SocketError.ConnectionReset)));

        Assert.Equal(LinkFailure.TlsFailure, HttpFetcher.Classify(handshake).Failure);
    }

    [Fact]
    public void A_response_cut_short_and_an_unknown_cause_are_chinese()
    {
        Assert.Equal((LinkFailure.ConnectionError, "服务器在响应完成前断开了连接"),
            HttpFetcher.Classify(new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.")));
        Assert.Equal((LinkFailure.ConnectionError, NetworkFailureText.Unrecognized),
            HttpFetcher.Classify(new IOException("Something nobody anticipated.")));
    }

    private static void AssertChineseOnly(string detail, string allowed)
    {
        var rest = detail.Replace(allowed, string.Empty, StringComparison.Ordinal);
        Assert.False(Regex.IsMatch(rest, "[A-Za-z]"), $"ASCII letters in the detail: {detail}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
