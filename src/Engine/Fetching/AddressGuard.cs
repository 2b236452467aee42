using System.Net;
using System.Net.Sockets;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// Outbound safety: refuses loopback, private, link-local, shared, multicast and cloud-metadata addresses unless the
/// host is explicitly allowed (the site's own configured host, or an allow-list). Checked on the resolved address at
/// connect time, so every redirect hop is checked too.
/// </summary>
public sealed class AddressGuard
{
    private readonly HashSet<string> _allowedHosts;

    public AddressGuard(IEnumerable<string> allowedHosts)
    {
        _allowedHosts = new HashSet<string>(allowedHosts.Select(NormaliseHost), StringComparer.Ordinal);
    }

    public static AddressGuard Strict { get; } = new([]);

    public bool IsHostAllowed(string host) => _allowedHosts.Contains(NormaliseHost(host));

    /// <summary>Null when the connection may be made; otherwise why not.</summary>
    public string? Refusal(string host, IPAddress address)
    {
        if (IsHostAllowed(host))
        {
            return null;
        }

        return IsPublic(address) ? null : $"{address} is a non-public address";
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0                                  // "this" network
                || b[0] == 10                                   // private
                || b[0] == 127                                  // loopback
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata 169.254.169.254
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)    // private
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // IETF protocol assignments
                || (b[0] == 192 && b[1] == 168)                 // private
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))  // benchmarking
                || b[0] >= 224);                                // multicast, reserved, broadcast
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
            {
                return false;
            }

            var b = address.GetAddressBytes();
            return (b[0] & 0xFE) != 0xFC; // fc00::/7 unique-local (fd00::/8 holds fd00:ec2::254, the AWS metadata address)
        }

        return false;
    }

    private static string NormaliseHost(string host) => host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}

/// <summary>The connection was refused by <see cref="AddressGuard"/>; nothing was sent.</summary>
public sealed class BlockedAddressException(string host, IPAddress address, string reason)
    : Exception($"Refused to connect to {host} ({address}): {reason}.")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
