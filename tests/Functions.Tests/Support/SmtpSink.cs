using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Storage;

namespace ComplianceFns.Functions.Tests.Support;

/// <summary>A real SMTP server on 127.0.0.1 (SmtpServer package) that keeps every mail it receives, parsed.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer server;
    private readonly Store store = new();
    private readonly Task running;

    private SmtpSink(int port, IReadOnlyCollection<string> refused)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("127.0.0.1")
            .Endpoint(builder => builder.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add((IMailboxFilter)new RefusingFilter(refused));
        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => store.Messages.ToArray();

    /// <param name="refused">Addresses answered with 550 at RCPT TO, like a mistyped government mailbox.</param>
    public static async Task<SmtpSink> StartAsync(IReadOnlyCollection<string>? refused = null)
    {
        var sink = new SmtpSink(FreePort(), refused ?? []);
        // The server gives no ready signal: connect until it accepts.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, sink.Port);
                return sink;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Waits up to a few seconds for mails still in flight, then returns all received.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (store.Messages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await server.ShutdownTask;
        await running;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RefusingFilter(IReadOnlyCollection<string> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, SmtpServer.Mail.IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, SmtpServer.Mail.IMailbox to, SmtpServer.Mail.IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!refused.Contains($"{to.User}@{to.Host}", StringComparer.OrdinalIgnoreCase));
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream();
            foreach (var segment in buffer)
            {
                await stream.WriteAsync(segment, cancellationToken);
            }

            stream.Position = 0;
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }
}
