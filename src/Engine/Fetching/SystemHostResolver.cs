using System.Net;
using System.Net.Sockets;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// System DNS, except names that by RFC 6761 never resolve (<c>.invalid</c>) or always mean this machine
/// (<c>localhost</c>): those are answered here so no query leaves the machine.
/// </summary>
public sealed class SystemHostResolver : IHostResolver
{
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(name.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        if (name == "invalid" || name.EndsWith(".invalid", StringComparison.Ordinal))
        {
            throw new HostNotFoundException(host);
        }

        if (name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(name, cancellationToken).ConfigureAwait(false);
            return addresses.Length == 0 ? throw new HostNotFoundException(host) : addresses;
        }
        // TryAgain (a resolver hiccup) is left as a SocketException: a connection error, retried, not "does not resolve".
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData)
        {
            throw new HostNotFoundException(host, ex);
        }
    }
}
