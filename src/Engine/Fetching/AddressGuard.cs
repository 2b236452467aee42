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
            var b = address.GetAddressBytes();

            // Forms that carry an IPv4 address inside are judged by that address: NAT64 (64:ff9b::/96 and
            // 64:ff9b:1::/48) and 6to4 (2002::/16) reach 127.0.0.1 or 169.254.169.254 as easily as the plain form.
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            {
                // Only the well-known /96 form is read; the local-use 64:ff9b:1::/48 layout is refused outright.
                return b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 && IsPublic(new IPAddress(b.AsSpan(12, 4)));
            }

            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return IsPublic(new IPAddress(b.AsSpan(2, 4)));
            }

            // Otherwise only global unicast (2000::/3) is public, less documentation (2001:db8::/32) and Teredo
            // (2001::/32, which tunnels to an address we cannot check). This also refuses ::1, ::/96 IPv4-compatible
            // forms, fc00::/7, fe80::/10, multicast and the discard prefix 100::/64.
            if ((b[0] & 0xE0) != 0x20)
            {
                return false;
            }

            var documentation = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8;
            var teredo = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00;
            return !documentation && !teredo;
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
