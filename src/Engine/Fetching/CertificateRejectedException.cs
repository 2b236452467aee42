using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// Thrown from the certificate validation callback so the fetcher learns exactly why the server's certificate failed
/// (the framework's own exception only carries English text).
/// </summary>
internal sealed class CertificateRejectedException(
    SslPolicyErrors errors, X509ChainStatusFlags chainStatus, DateTime? notBefore, DateTime? notAfter)
    : AuthenticationException($"Remote certificate rejected: {errors}; chain: {chainStatus}")
{
    public SslPolicyErrors Errors { get; } = errors;

    public X509ChainStatusFlags ChainStatus { get; } = chainStatus;

    /// <summary>The server certificate's validity window (local time, as the certificate reports it).</summary>
    public DateTime? NotBefore { get; } = notBefore;

    public DateTime? NotAfter { get; } = notAfter;
}
