using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ClassicCv.Cli.Tests.Reporting.Html;

/// <summary>
/// Opens a local HTML file in Debian's headless Chromium and watches it through the DevTools protocol (on 127.0.0.1
/// only): every network request the page starts, every console error or exception, a DOM probe and a full-page
/// screenshot. Chromium is pointed at a closed loopback proxy and a resolver that resolves nothing, so no byte leaves
/// the machine even for its own background services.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonNode>> _pending = [];
    private readonly List<JsonNode> _events = [];
    private readonly List<(string Method, string Session, TaskCompletionSource Source)> _waiters = [];
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;
    private Task? _reader;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public const string Executable = "/usr/bin/chromium";

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("classiccv-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--disable-extensions", "--disable-default-apps", "--disable-domain-reliability", "--no-default-browser-check",
                     "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-address=127.0.0.1",
                     "--remote-debugging-port=0", $"--user-data-dir={profile}", "--hide-scrollbars", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync();
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }

        return browser;
    }

    /// <summary>Loads <paramref name="path"/>, waits for the load event, evaluates <paramref name="probe"/> and takes a screenshot.</summary>
    public async Task<PageVisit> VisitAsync(string path, string probe, int width = 1280)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true });
        var session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Network.enable", "Runtime.enable", "Log.enable", "Page.enable" })
        {
            await SendAsync(domain, new JsonObject(), session);
        }

        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false }, session);
        var loaded = WaitForEventAsync("Page.loadEventFired", session);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(path)).AbsoluteUri }, session);
        await loaded.WaitAsync(Timeout);
        await Task.Delay(300);
        var evaluated = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = probe, ["returnByValue"] = true }, session);
        var probeResult = evaluated["result"]?["value"]?.ToJsonString() ?? "null";
        var metrics = await SendAsync("Page.getLayoutMetrics", new JsonObject(), session);
        var height = (int)Math.Ceiling(metrics["cssContentSize"]!["height"]!.GetValue<double>());
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = Math.Min(height, 16000), ["deviceScaleFactor"] = 1, ["mobile"] = false }, session);
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, session);
        JsonNode[] events;
        lock (_gate)
        {
            events = _events.Where(e => e["sessionId"]?.GetValue<string>() == session).ToArray();
        }

        var requests = events.Where(e => e["method"]!.GetValue<string>() == "Network.requestWillBeSent")
            .Select(e => e["params"]!["request"]!["url"]!.GetValue<string>()).ToArray();
        var errors = events.Where(IsError).Select(e => e.ToJsonString()).ToArray();
        return new PageVisit(requests, errors, probeResult, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync("Browser.close", new JsonObject()).WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception exception) when (exception is TimeoutException or WebSocketException or InvalidOperationException or OperationCanceledException)
        {
            // Closing politely failed; the process is ended below.
        }

        await _stop.CancelAsync();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _socket.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temporary folder is left behind then.
        }
    }

    private static bool IsError(JsonNode e)
    {
        var method = e["method"]!.GetValue<string>();
        var p = e["params"]!;
        return method switch
        {
            "Runtime.exceptionThrown" => true,
            "Runtime.consoleAPICalled" => p["type"]!.GetValue<string>() is "error" or "warning" or "assert",
            "Log.entryAdded" => p["entry"]!["level"]!.GetValue<string>() is "error" or "warning",
            "Network.loadingFailed" => true,
            _ => false,
        };
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (clock.Elapsed > Timeout || _process.HasExited)
            {
                throw new InvalidOperationException($"Chromium did not open its DevTools port within {Timeout.TotalSeconds} s (exited: {_process.HasExited}).");
            }

            await Task.Delay(50);
        }

        var lines = File.ReadAllLines(portFile);
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), CancellationToken.None).WaitAsync(Timeout);
        _reader = Task.Run(ReadLoopAsync);
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters, string? session = null)
    {
        var source = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (_gate)
        {
            id = ++_nextId;
            _pending[id] = source;
        }

        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var reply = await source.Task.WaitAsync(Timeout);
        if (reply["error"] is { } error)
        {
            throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
        }

        return reply["result"] ?? new JsonObject();
    }

    private Task WaitForEventAsync(string method, string session)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((method, session, source));
        }

        return source.Task;
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                Dispatch(node);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The browser closed or the visit is over.
        }
    }

    private void Dispatch(JsonNode node)
    {
        lock (_gate)
        {
            if (node["id"] is { } id && _pending.Remove(id.GetValue<int>(), out var pending))
            {
                pending.TrySetResult(node);
                return;
            }

            if (node["method"] is { } method)
            {
                _events.Add(node);
                var session = node["sessionId"]?.GetValue<string>();
                foreach (var waiter in _waiters.Where(w => w.Method == method.GetValue<string>() && w.Session == session).ToArray())
                {
                    waiter.Source.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }
        }
    }
}
