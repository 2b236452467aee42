using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceFns.TestSupport.Browser;

/// <summary>
/// Drives one headless Chromium page through the DevTools protocol on 127.0.0.1: navigate, real keyboard and mouse
/// input, script evaluation, PDF printing, and a record of every network request the page makes.
/// A missing Chromium throws, so browser tests fail (never skip) on a machine without it.
/// </summary>
public sealed class DevToolsSession : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly DirectoryInfo profile;
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> events = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private readonly Task receiveLoop;
    private int nextId;

    private DevToolsSession(Process process, DirectoryInfo profile, ClientWebSocket socket)
    {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>Every protocol event received so far, in order (e.g. <c>Network.requestWillBeSent</c>).</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events => events.ToArray();

    /// <summary>Starts Chromium with an A4-friendly window, connects to its first page and enables Page and Network events.</summary>
    public static async Task<DevToolsSession> LaunchAsync(int width = 1280, int height = 1000, CancellationToken cancellationToken = default)
    {
        ChromiumFlags.RequireInstalled();
        var profile = Directory.CreateTempSubdirectory("chromium-devtools-");
        var startInfo = new ProcessStartInfo(ChromiumFlags.ExecutablePath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var flag in ChromiumFlags.Quiet(profile.FullName))
        {
            startInfo.ArgumentList.Add(flag);
        }

        // Port 0: Chromium picks a free port and writes it to DevToolsActivePort in the profile.
        startInfo.ArgumentList.Add("--remote-debugging-address=127.0.0.1");
        startInfo.ArgumentList.Add("--remote-debugging-port=0");
        startInfo.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"));
        startInfo.ArgumentList.Add("about:blank");
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Chromium could not be started.");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var port = await ReadPortAsync(profile, process, cancellationToken);
            var pageSocketUrl = await PageSocketUrlAsync(port, cancellationToken);
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(new Uri(pageSocketUrl), cancellationToken);
            var session = new DevToolsSession(process, profile, socket);
            await session.SendAsync("Page.enable", null, cancellationToken);
            await session.SendAsync("Network.enable", null, cancellationToken);
            await session.SendAsync("Runtime.enable", null, cancellationToken);
            return session;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends one command and returns its <c>result</c>; a protocol error throws.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        return await reply.Task.WaitAsync(timeout.Token);
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url, CancellationToken cancellationToken = default)
    {
        var loadedBefore = Events.Count(e => e.Method == "Page.loadEventFired");
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancellationToken);
        await WaitUntilAsync(() => Events.Count(e => e.Method == "Page.loadEventFired") > loadedBefore, "the page's load event", cancellationToken);
    }

    /// <summary>The value of a script expression (awaited if it is a promise), as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
            ["userGesture"] = true,
        }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"Script failed: {expression}\n{error}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<string> EvaluateStringAsync(string expression, CancellationToken cancellationToken = default) =>
        (await EvaluateAsync(expression, cancellationToken)).GetString() ?? string.Empty;

    public async Task<int> EvaluateIntAsync(string expression, CancellationToken cancellationToken = default) =>
        (await EvaluateAsync(expression, cancellationToken)).GetInt32();

    /// <summary>Polls a script condition until it is true.</summary>
    public async Task WaitForScriptAsync(string condition, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await EvaluateAsync($"!!({condition})", cancellationToken)).GetBoolean())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 30 s for: {condition}");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>A real mouse click (move, press, release) at the centre of the first element matching the CSS selector.</summary>
    public async Task ClickAsync(string selector, CancellationToken cancellationToken = default)
    {
        var box = await EvaluateAsync(
            $"(function () {{ var e = document.querySelector({JsonSerializer.Serialize(selector)}); if (!e) {{ return null; }} e.scrollIntoView({{ block: 'center' }}); " +
            "var r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()", cancellationToken);
        if (box.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"Nothing to click: no element matches {selector}");
        }

        var x = box.GetProperty("x").GetDouble();
        var y = box.GetProperty("y").GetDouble();
        await MouseAsync("mouseMoved", x, y, 0, cancellationToken);
        await MouseAsync("mousePressed", x, y, 1, cancellationToken);
        await MouseAsync("mouseReleased", x, y, 1, cancellationToken);
    }

    /// <summary>Presses and releases a non-printing key: Tab, ArrowDown, ArrowUp, Enter, Backspace, Escape, Home, End.</summary>
    public async Task PressKeyAsync(string key, bool shift = false, CancellationToken cancellationToken = default)
    {
        var (code, virtualKey) = key switch
        {
            "Tab" => ("Tab", 9),
            "Enter" => ("Enter", 13),
            "Backspace" => ("Backspace", 8),
            "Escape" => ("Escape", 27),
            "ArrowDown" => ("ArrowDown", 40),
            "ArrowUp" => ("ArrowUp", 38),
            "Home" => ("Home", 36),
            "End" => ("End", 35),
            _ => throw new ArgumentException($"No key code known for {key}.", nameof(key)),
        };
        var modifiers = shift ? 8 : 0;
        // Enter carries its text, as a keyboard's does: that is what activates a focused button.
        var down = key == "Enter"
            ? new JsonObject { ["type"] = "keyDown", ["text"] = "\r", ["unmodifiedText"] = "\r" }
            : new JsonObject { ["type"] = "rawKeyDown" };
        foreach (var (name, value) in new (string, JsonNode)[] { ("key", key), ("code", code), ("windowsVirtualKeyCode", virtualKey), ("modifiers", modifiers) })
        {
            down[name] = value;
        }

        await KeyAsync(down, cancellationToken);
        await KeyAsync(new JsonObject { ["type"] = "keyUp", ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = virtualKey, ["modifiers"] = modifiers }, cancellationToken);
    }

    /// <summary>Types text into the focused element one key at a time (key down with its text, key up), as a keyboard does.</summary>
    public async Task TypeAsync(string text, CancellationToken cancellationToken = default)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var character = rune.ToString();
            await KeyAsync(new JsonObject { ["type"] = "keyDown", ["key"] = character, ["text"] = character, ["unmodifiedText"] = character }, cancellationToken);
            await KeyAsync(new JsonObject { ["type"] = "keyUp", ["key"] = character }, cancellationToken);
        }
    }

    /// <summary>The page printed to PDF on A4 (the page's own @page size wins when it sets one).</summary>
    public async Task<byte[]> PrintToPdfAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["paperWidth"] = 8.27,
            ["paperHeight"] = 11.69,
            ["preferCSSPageSize"] = true,
            ["printBackground"] = true,
        }, cancellationToken);
        return Convert.FromBase64String(result.GetProperty("data").GetString() ?? string.Empty);
    }

    /// <summary>URLs of every request the page started (<c>Network.requestWillBeSent</c>), in order.</summary>
    public IReadOnlyList<string> RequestedUrls() =>
        Events.Where(e => e.Method == "Network.requestWillBeSent").Select(e => e.Params.GetProperty("request").GetProperty("url").GetString() ?? string.Empty).ToList();

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, quick.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Chromium is about to be stopped anyway.
        }

        socket.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            await receiveLoop;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The loop ends when the socket goes away.
        }

        sendLock.Dispose();
        closing.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium helpers may still hold files for a moment; a leftover temp folder is harmless.
        }
    }

    private Task MouseAsync(string type, double x, double y, int clickCount, CancellationToken cancellationToken) =>
        SendAsync("Input.dispatchMouseEvent", new JsonObject
        {
            ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = clickCount > 0 ? "left" : "none", ["clickCount"] = clickCount,
        }, cancellationToken);

    private Task KeyAsync(JsonObject parameters, CancellationToken cancellationToken) =>
        SendAsync("Input.dispatchKeyEvent", parameters, cancellationToken);

    private async Task WaitUntilAsync(Func<bool> condition, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 60 s for {what}.");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!closing.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, closing.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            using var document = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length));
            message.SetLength(0);
            var root = document.RootElement;
            if (root.TryGetProperty("id", out var idElement) && pending.TryRemove(idElement.GetInt32(), out var reply))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    reply.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
                }
                else
                {
                    reply.TrySetResult(root.GetProperty("result").Clone());
                }
            }
            else if (root.TryGetProperty("method", out var method))
            {
                events.Enqueue((method.GetString() ?? string.Empty, root.TryGetProperty("params", out var p) ? p.Clone() : default));
            }
        }
    }

    private static async Task<int> ReadPortAsync(DirectoryInfo profile, Process process, CancellationToken cancellationToken)
    {
        var file = Path.Combine(profile.FullName, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} before opening its DevTools port.");
            }

            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file, cancellationToken);
                if (lines.Length > 0 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                {
                    return port;
                }
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException("Chromium did not open its DevTools port within 30 s.");
    }

    private static async Task<string> PageSocketUrlAsync(int port, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            var targets = JsonDocument.Parse(await http.GetStringAsync("json/list", cancellationToken)).RootElement;
            foreach (var target in targets.EnumerateArray())
            {
                if (target.GetProperty("type").GetString() == "page" && target.TryGetProperty("webSocketDebuggerUrl", out var url))
                {
                    return url.GetString()!;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Chromium opened no page target.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
