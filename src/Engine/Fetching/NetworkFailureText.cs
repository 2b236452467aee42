using System.Net.Sockets;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// Chinese details for network failures below HTTP. The framework's messages are English and platform-specific
/// ("Connection reset by peer"), so the detail is chosen from the error codes, never copied from the message.
/// </summary>
internal static class NetworkFailureText
{
    /// <summary>When nothing in the exception names a known cause.</summary>
    public const string Unrecognized = "网络连接失败（原因未能识别）";

    public static string DnsFailure(string? host) =>
        string.IsNullOrEmpty(host) ? "域名无法解析" : $"域名 {host} 无法解析";

    public static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "服务器拒绝连接",
        SocketError.TimedOut => "建立连接超时",
        SocketError.HostNotFound or SocketError.NoData => "域名无法解析",
        SocketError.TryAgain => "域名解析暂时失败（域名服务器未及时应答）",
        SocketError.ConnectionReset => "连接被服务器重置",
        SocketError.ConnectionAborted or SocketError.OperationAborted or SocketError.Interrupted => "连接被中断",
        SocketError.Shutdown or SocketError.NotConnected or SocketError.Disconnecting => "连接已被关闭",
        SocketError.NetworkUnreachable or SocketError.NetworkDown or SocketError.NetworkReset => "网络不可达",
        SocketError.HostUnreachable or SocketError.HostDown => "服务器主机不可达",
        SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported => "服务器地址不可用",
        SocketError.NoBufferSpaceAvailable or SocketError.TooManyOpenSockets => "本机网络资源不足，未能建立连接",
        _ => "网络连接失败",
    };

    /// <summary>The detail for an HTTP-level error category, or null when the category names nothing useful.</summary>
    public static string? Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "域名无法解析",
        HttpRequestError.ConnectionError => "无法与服务器建立连接",
        HttpRequestError.ResponseEnded => "服务器在响应完成前断开了连接",
        HttpRequestError.InvalidResponse => "服务器返回的响应格式不符合协议规范",
        HttpRequestError.HttpProtocolError => "服务器响应违反协议规范",
        HttpRequestError.VersionNegotiationError => "协议版本协商失败",
        HttpRequestError.ConfigurationLimitExceeded => "服务器响应头过大，超出本系统的限制",
        HttpRequestError.UserAuthenticationError => "服务器要求身份验证",
        HttpRequestError.ProxyTunnelError => "代理连接失败",
        _ => null,
    };
}
