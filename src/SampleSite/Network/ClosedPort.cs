using System.Net;
using System.Net.Sockets;

namespace ComplianceFns.SampleSite.Network;

/// <summary>A loopback port that was free a moment ago and now has no listener: connecting to it is refused.</summary>
internal static class ClosedPort
{
    public static int Reserve()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
