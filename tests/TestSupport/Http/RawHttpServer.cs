using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ComplianceFns.TestSupport.Http;

/// <summary>
/// An HTTP/1.1 server on 127.0.0.1 that writes exactly the bytes a test gives it, for responses no framework would
/// send (a Location header that is not a URL, a body that never ends). One response per connection.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="respond">Given the request line ("GET /path HTTP/1.1"), the raw response head and body.</param>
    public RawHttpServer(Func<string, string> respond)
    {
        _listener.Start();
        _loop = Task.Run(() => AcceptAsync(respond));
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Request lines received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    private async Task AcceptAsync(Func<string, string> respond)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        var stream = client.GetStream();
                        var head = await ReadHeadAsync(stream);
                        var requestLine = head.Split("\r\n")[0];
                        Requests.Enqueue(requestLine);
                        await stream.WriteAsync(Encoding.UTF8.GetBytes(respond(requestLine)));
                    }
                    catch (IOException)
                    {
                    }
                }
            });
        }
    }

    /// <summary>Reads a request head (up to the blank line) byte by byte, so nothing of the body is consumed.</summary>
    public static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^1] == '\n' && buffer[^2] == '\r' && buffer[^3] == '\n' && buffer[^4] == '\r')
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(buffer.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
