using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ComplianceFns.Engine.Fetching;

/// <summary>The Chinese detail for a failed HTTPS handshake, named from the certificate's actual problems.</summary>
internal static class TlsFailureText
{
    /// <summary>When the handshake fails before any certificate is judged (protocol or cipher mismatch, reset).</summary>
    public const string HandshakeFailed = "加密握手失败（服务器的 TLS 协议版本或加密算法与本系统不兼容，或握手过程中连接被断开）";

    public static string Describe(CertificateRejectedException rejected, DateTime now)
    {
        var problems = new List<string>();
        if (rejected.Errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            problems.Add("服务器未提供证书");
        }

        if (rejected.Errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            problems.Add("证书与域名不符");
        }

        if (rejected.Errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            problems.AddRange(ChainProblems(rejected, now));
        }

        return problems.Count == 0 ? "证书校验未通过" : string.Join("；", problems);
    }

    private static IEnumerable<string> ChainProblems(CertificateRejectedException rejected, DateTime now)
    {
        var status = rejected.ChainStatus;
        var named = false;
        if (status.HasFlag(X509ChainStatusFlags.NotTimeValid))
        {
            named = true;
            yield return rejected switch
            {
                { NotAfter: { } end } when end < now => $"证书已过期（有效期至 {Day(end)}）",
                { NotBefore: { } start } when start > now => $"证书尚未生效（自 {Day(start)} 起有效）",
                _ => "证书链中有证书已过期或尚未生效",
            };
        }

        if (status.HasFlag(X509ChainStatusFlags.Revoked))
        {
            named = true;
            yield return "证书已被吊销";
        }

        if (status.HasFlag(X509ChainStatusFlags.UntrustedRoot))
        {
            named = true;
            yield return "证书链不受信任（根证书不受信任，如自签名证书）";
        }
        else if (status.HasFlag(X509ChainStatusFlags.PartialChain))
        {
            named = true;
            yield return "证书链不完整（服务器未提供中间证书，或根证书不受信任）";
        }

        if (status.HasFlag(X509ChainStatusFlags.NotSignatureValid))
        {
            named = true;
            yield return "证书签名无效";
        }

        if (status.HasFlag(X509ChainStatusFlags.NotValidForUsage))
        {
            named = true;
            yield return "证书不可用于网站身份验证";
        }

        if (!named)
        {
            yield return "证书链校验未通过";
        }
    }

    private static string Day(DateTime date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
