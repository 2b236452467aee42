using System.Net;

namespace ComplianceFns.Engine.Fetching;

/// <summary>Resolves host names for outbound requests; the address guard checks what it returns.</summary>
public interface IHostResolver
{
    /// <exception cref="HostNotFoundException">The name does not resolve.</exception>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The name does not resolve (NXDOMAIN, no records, or a reserved never-resolving name).</summary>
public sealed class HostNotFoundException(string host, Exception? inner = null)
    : Exception($"Host '{host}' does not resolve.", inner)
{
    public string Host { get; } = host;
}
