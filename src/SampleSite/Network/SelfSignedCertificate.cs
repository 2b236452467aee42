using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ComplianceFns.SampleSite.Network;

/// <summary>A certificate no client trusts, so every HTTPS request to the TLS listener fails the handshake.</summary>
internal static class SelfSignedCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=sample-gov.invalid", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("sample-gov.invalid");
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var ephemeral = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        // A PKCS#12 round trip gives a key Kestrel can use on every platform (Windows rejects ephemeral keys).
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null);
    }
}
