using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// One-hop HTTP requests with every bound the wild web needs: connect and total timeouts (a trickling server ends at
/// the total), wire and decompressed size caps, and the <see cref="AddressGuard"/> applied to the address actually
/// connected. Redirects are not followed here (see <see cref="RedirectFollower"/>), so each hop is guarded and
/// recorded. One instance per inspection; thread-safe.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly CrawlOptions _options;

    public HttpFetcher(CrawlOptions options, AddressGuard guard, IHostResolver resolver)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,

            // A proxy would connect on the target's behalf and bypass the address guard, so none is ever used.
            UseProxy = false,
            Proxy = null,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = options.PerHostConcurrency,

            // A header-only GET closes the connection instead of draining a large attachment to reuse it.
            MaxResponseDrainSize = 64 * 1024,
            ConnectCallback = (context, ct) => ConnectGuardedAsync(context, guard, resolver, ct),
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = AcceptOnlyValidCertificates },
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
    }

    public async Task<FetchResponse> FetchAsync(Uri url, FetchMode mode, int? maxBodyBytes, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(mode == FetchMode.Head ? HttpMethod.Head : HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(mode is FetchMode.GetBody or FetchMode.GetWholeBody ? "text/html,application/xhtml+xml,*/*;q=0.8" : "*/*");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var result = new FetchResponse
            {
                Url = url,
                Status = response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Location = LocationOf(url, response),
                RetryAfter = RetryAfterOf(response.Headers.RetryAfter),
                DeclaredLength = DeclaredLengthOf(response.Content.Headers),
            };
            if (mode is not (FetchMode.GetBody or FetchMode.GetWholeBody))
            {
                return result;
            }

            var cap = maxBodyBytes ?? _options.MaxBodyBytes;
            if (mode == FetchMode.GetWholeBody && response.Content.Headers.ContentLength > cap)
            {
                return result with { Body = [], BodyTruncated = true };
            }

            await using var wire = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            var (body, truncated, inflated) = await BoundedBodyReader.ReadAsync(
                wire, response.Content.Headers.ContentEncoding, cap, Math.Max(cap, _options.MaxDecompressedBytes), timeout.Token).ConfigureAwait(false);
            return result with { Body = body, BodyTruncated = truncated, BodyInflatedPastCap = inflated };
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // SocketsHttpHandler reports its own connect timeout as a cancellation wrapping a TimeoutException.
            return ex.InnerException is TimeoutException
                ? FetchResponse.Failed(url, LinkFailure.Timeout, $"{_options.ConnectTimeout.TotalSeconds:0.#} 秒内未能建立连接") with { ConnectFailed = true }
                : FetchResponse.Failed(url, LinkFailure.Timeout, $"{_options.RequestTimeout.TotalSeconds:0.#} 秒内未返回完整内容");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException or AuthenticationException or SocketException)
        {
            var (failure, detail) = Classify(ex, url.Host);
            return FetchResponse.Failed(url, failure, detail);
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// The failure and its Chinese detail. Exception messages are never copied: they are English and reach staff.
    /// </summary>
    internal static (LinkFailure Failure, string Detail) Classify(Exception exception, string? host = null)
    {
        string? causeDetail = null;
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case BlockedAddressException blocked:
                    return (LinkFailure.BlockedAddress, blocked.Address.ToString());
                case HostNotFoundException notFound:
                    return (LinkFailure.DnsFailure, NetworkFailureText.DnsFailure(notFound.Host));
                case CertificateRejectedException rejected:
                    return (LinkFailure.TlsFailure, TlsFailureText.Describe(rejected, DateTime.Now));
                case AuthenticationException:
                    return (LinkFailure.TlsFailure, TlsFailureText.HandshakeFailed);
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused } refused:
                    return (LinkFailure.ConnectionRefused, NetworkFailureText.Describe(refused.SocketErrorCode));
                case SocketException { SocketErrorCode: SocketError.TimedOut } timedOut:
                    return (LinkFailure.Timeout, NetworkFailureText.Describe(timedOut.SocketErrorCode));
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData }:
                    return (LinkFailure.DnsFailure, NetworkFailureText.DnsFailure(host));
                case SocketException socket:
                    // Only a detail: a reset during the handshake stays a TLS failure, so the finding's rule is unchanged.
                    causeDetail ??= NetworkFailureText.Describe(socket.SocketErrorCode);
                    break;
                case TimeoutException:
                    return (LinkFailure.Timeout, NetworkFailureText.Describe(SocketError.TimedOut));
                case InvalidDataException:
                    causeDetail ??= "服务器返回的压缩内容已损坏，无法解压";
                    break;
            }
        }

        // HttpIOException (a body read cut short) carries the same categories as HttpRequestException.
        var category = exception switch
        {
            HttpRequestException request => request.HttpRequestError,
            HttpIOException io => io.HttpRequestError,
            _ => HttpRequestError.Unknown,
        };
        return category switch
        {
            HttpRequestError.SecureConnectionError => (LinkFailure.TlsFailure, TlsFailureText.HandshakeFailed),
            HttpRequestError.NameResolutionError => (LinkFailure.DnsFailure, NetworkFailureText.DnsFailure(host)),
            _ when causeDetail is not null => (LinkFailure.ConnectionError, causeDetail),
            _ when NetworkFailureText.Describe(category) is { } detail => (LinkFailure.ConnectionError, detail),
            _ => (LinkFailure.ConnectionError, NetworkFailureText.Unrecognized),
        };
    }

    /// <summary>
    /// The platform's own verdict, unchanged; a rejection throws with the reasons so the finding can name them in
    /// Chinese (the framework's exception carries only English text).
    /// </summary>
    private static bool AcceptOnlyValidCertificates(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        var chainStatus = chain?.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, status) => all | status.Status) ?? X509ChainStatusFlags.NoError;
        var server = certificate as X509Certificate2;
        throw new CertificateRejectedException(errors, chainStatus, server?.NotBefore, server?.NotAfter);
    }

    /// <summary>
    /// The redirect target as sent. A Location that does not resolve (bad port, broken IPv6 literal) is kept raw so the
    /// follower can name it; it must never throw here.
    /// </summary>
    private static string? LocationOf(Uri url, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Location", out var values))
        {
            return null;
        }

        var raw = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        return Uri.TryCreate(url, raw, out var resolved) ? resolved.AbsoluteUri : raw;
    }

    /// <summary>Content-Length when it counts the body's own bytes (no Content-Encoding, or identity).</summary>
    private static long? DeclaredLengthOf(HttpContentHeaders headers) =>
        headers.ContentEncoding.All(e => e.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase)) ? headers.ContentLength : null;

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static async ValueTask<Stream> ConnectGuardedAsync(
        SocketsHttpConnectionContext context, AddressGuard guard, IHostResolver resolver, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);

        // Every resolved address must pass: a name that mixes public and private answers is a rebinding attempt.
        foreach (var address in addresses)
        {
            if (guard.Refusal(host, address) is { } reason)
            {
                throw new BlockedAddressException(host, address, reason);
            }
        }

        Exception? last = null;
        foreach (var address in addresses.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1))
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }

        throw last ?? new HostNotFoundException(host);
    }
}
