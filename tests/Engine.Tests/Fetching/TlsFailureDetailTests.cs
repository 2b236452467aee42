using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.Engine.Tests.Fetching;

/// <summary>A failed HTTPS handshake is named in Chinese from the certificate's real problems, never the .NET text.</summary>
public sealed class TlsFailureDetailTests
{
    [Fact]
    public async Task A_certificate_for_another_name_is_named_a_mismatch_and_untrusted()
    {
        using var certificate = Certificate("sample-gov.invalid", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await using var server = await StartHttpsServerAsync(certificate);

        var detail = await FailureDetailOf(server.BaseUri);

        Assert.Contains("证书与域名不符", detail, StringComparison.Ordinal);
        Assert.Contains("证书链不受信任", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("证书已过期", detail, StringComparison.Ordinal);
        AssertNoEnglish(detail);
    }

    [Fact]
    public async Task An_expired_certificate_for_the_right_address_is_named_expired_with_its_last_day()
    {
        var end = DateTimeOffset.UtcNow.AddDays(-3);
        using var certificate = Certificate(null, end.AddDays(-90), end);
        await using var server = await StartHttpsServerAsync(certificate);

        var detail = await FailureDetailOf(server.BaseUri);

        Assert.Contains($"证书已过期（有效期至 {certificate.NotAfter:yyyy年M月d日}）", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("证书与域名不符", detail, StringComparison.Ordinal);
        AssertNoEnglish(detail);
    }

    [Fact]
    public void A_certificate_not_yet_valid_a_revoked_one_and_a_missing_one_are_each_named()
    {
        var now = new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Local);
        var early = new CertificateRejectedException(
            SslPolicyErrors.RemoteCertificateChainErrors, X509ChainStatusFlags.NotTimeValid, now.AddDays(10), now.AddDays(400));
        var revoked = new CertificateRejectedException(
            SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch, X509ChainStatusFlags.Revoked, null, null);
        var missing = new CertificateRejectedException(SslPolicyErrors.RemoteCertificateNotAvailable, X509ChainStatusFlags.NoError, null, null);
        var partial = new CertificateRejectedException(SslPolicyErrors.RemoteCertificateChainErrors, X509ChainStatusFlags.PartialChain, null, null);

        Assert.Equal("证书尚未生效（自 2026年5月11日 起有效）", TlsFailureText.Describe(early, now));
        Assert.Equal("证书与域名不符；证书已被吊销", TlsFailureText.Describe(revoked, now));
        Assert.Equal("服务器未提供证书", TlsFailureText.Describe(missing, now));
        Assert.StartsWith("证书链不完整", TlsFailureText.Describe(partial, now), StringComparison.Ordinal);
    }

    [Fact]
    public void A_handshake_failure_without_a_certificate_verdict_is_chinese_too()
    {
        var (failure, detail) = HttpFetcher.Classify(new HttpRequestException(
            HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception."));

        Assert.Equal(LinkFailure.TlsFailure, failure);
        Assert.Equal(TlsFailureText.HandshakeFailed, detail);
    }

    private static async Task<string> FailureDetailOf(Uri url)
    {
        var (fetcher, _) = FetchKit.Create();
        using var _ = fetcher;
        var response = await fetcher.FetchAsync(url, FetchMode.Head, null, CancellationToken.None);
        Assert.Equal(LinkFailure.TlsFailure, response.Failure);
        return response.FailureDetail!;
    }

    private static void AssertNoEnglish(string detail)
    {
        var english = System.Text.RegularExpressions.Regex.Matches(detail, "[A-Za-z]{3,}").Select(m => m.Value).Where(w => w != "TLS").ToList();
        Assert.True(english.Count == 0, $"English in the detail: {detail}");
    }

    /// <summary>A self-signed certificate for a DNS name, or for 127.0.0.1 when none is given.</summary>
    private static X509Certificate2 Certificate(string? dnsName, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={dnsName ?? "127.0.0.1"}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        if (dnsName is null)
        {
            names.AddIpAddress(IPAddress.Loopback);
        }
        else
        {
            names.AddDnsName(dnsName);
        }

        request.CertificateExtensions.Add(names.Build());
        using var ephemeral = request.CreateSelfSigned(notBefore, notAfter);
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null);
    }

    private static async Task<HttpsServer> StartHttpsServerAsync(X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate })));
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpsServer(app, new Uri(address + "/"));
    }

    private sealed record HttpsServer(WebApplication App, Uri BaseUri) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
