using System.Security.Cryptography;
using System.Text;

namespace ComplianceFns.Rules.Findings;

/// <summary>
/// A finding's identity across runs: a hash of what makes it the same defect (rule, site, page, target and an
/// optional discriminator), never of what changes between runs (timing, status codes of flaky servers, messages).
/// </summary>
public static class FindingFingerprint
{
    public static string Compute(string ruleId, string siteId, string pageUrl, string? targetUrl, string? discriminator = null)
    {
        var key = string.Join('\n', ruleId, siteId, pageUrl, targetUrl ?? string.Empty, discriminator ?? string.Empty);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
