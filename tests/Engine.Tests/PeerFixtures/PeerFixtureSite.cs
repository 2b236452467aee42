using System.Text;
using System.Text.RegularExpressions;
using ComplianceFns.TestSupport.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.PeerFixtures;

/// <summary>
/// Serves one fixture folder on 127.0.0.1 the way <c>python3 -m http.server</c> does (a directory without its slash is
/// redirected, a directory serves its index.html or a listing, anything else is 404), and rewrites the origins of
/// stood-in mock hosts in the pages it serves to their loopback servers' ports, so the fixture files stay unedited.
/// </summary>
internal sealed partial class PeerFixtureSite : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;

    private PeerFixtureSite(LoopbackHttpServer server) => _server = server;

    public Uri Url(string pathAndQuery) => _server.Url(pathAndQuery);

    public int CountOf(string method, string pathAndQuery) => _server.CountOf(method, pathAndQuery);

    /// <param name="folder">The fixture folder under PeerFixtures, e.g. "linkinator/basic".</param>
    /// <param name="origins">"http://host" or "https://host" → the origin that stands in for it.</param>
    /// <param name="extra">Routes tried before the folder's files (a fixture served at another path, as a peer's mock did).</param>
    public static async Task<PeerFixtureSite> StartAsync(string folder, IReadOnlyDictionary<string, string> origins, Action<WebApplication>? extra = null)
    {
        var root = Path.GetFullPath(FixturePath(folder)) + Path.DirectorySeparatorChar;
        var server = await LoopbackHttpServer.StartAsync(app =>
        {
            extra?.Invoke(app);
            app.MapFallback("{*path}", context => ServeAsync(context, root, origins));
        });
        return new PeerFixtureSite(server);
    }

    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "PeerFixtures", relative);

    /// <summary>The fixture file's text with stood-in origins rewritten, as the site serves it.</summary>
    public static string Rewrite(string text, IReadOnlyDictionary<string, string> origins) =>
        origins.Count == 0 ? text : MockOrigin().Replace(text, match => origins.TryGetValue(match.Value.ToLowerInvariant(), out var local) ? local : match.Value);

    private static async Task ServeAsync(HttpContext context, string root, IReadOnlyDictionary<string, string> origins)
    {
        var path = context.Request.Path.Value ?? "/";
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != root)
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + "/" + context.Request.QueryString;
                return;
            }

            var index = Path.Combine(full, "index.html");
            if (!File.Exists(index))
            {
                var listing = $"<html><head><title>Directory listing for {path}</title></head><body><h1>Directory listing for {path}</h1><hr><ul>"
                    + string.Concat(Directory.EnumerateFileSystemEntries(full).Select(e => $"<li><a href=\"{Path.GetFileName(e)}\">{Path.GetFileName(e)}</a></li>"))
                    + "</ul><hr></body></html>";
                await WriteAsync(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(listing));
                return;
            }

            full = index;
        }

        if (!File.Exists(full))
        {
            context.Response.StatusCode = 404;
            await WriteAsync(context, "text/html; charset=utf-8", "<html><head><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 404</p></body></html>"u8.ToArray());
            return;
        }

        var type = ContentType(full);
        var body = await File.ReadAllBytesAsync(full);
        if (type.StartsWith("text/", StringComparison.Ordinal))
        {
            body = Encoding.UTF8.GetBytes(Rewrite(Encoding.UTF8.GetString(body), origins));
        }

        await WriteAsync(context, type, body);
    }

    private static async Task WriteAsync(HttpContext context, string type, byte[] body)
    {
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body);
        }
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    // The longer host first, and never the prefix of a longer name (example.invalid in example.invalid.br).
    [GeneratedRegex(@"https?://(?:another\.example\.invalid|example\.invalid\.br|example\.invalid|www\.example\.com|example\.com|www\.w3\.org|github\.com|raw\.githubusercontent\.com)(?![\w.:-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MockOrigin();
}
