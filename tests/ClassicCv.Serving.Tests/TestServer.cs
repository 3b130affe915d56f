using ClassicCv.OpenCv.Pipelines;

namespace ClassicCv.Serving.Tests;

/// <summary>A real <see cref="ModelServer"/> on a free loopback port and an HttpClient pointed at it.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private TestServer(ModelServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The server.</summary>
    public ModelServer Server { get; }

    /// <summary>A client of it.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a server for <paramref name="folders"/> (named after the folders) on port 0.</summary>
    public static async Task<TestServer> StartAsync(IEnumerable<string> folders, ServeOptions? options = null, Func<string, IDecodedImageClassifier>? load = null, bool waitUntilReady = true)
    {
        var server = ModelServer.Create((options ?? new ServeOptions()) with { Port = 0 }, folders.Select(ModelSource.Of).ToArray(), load ?? SavedModels.Load);
        await server.StartAsync();
        var test = new TestServer(server);
        if (waitUntilReady)
        {
            await test.WaitUntilReadyAsync();
        }

        return test;
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200 (at most 60 s).</summary>
    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode != System.Net.HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, $"not ready after 60 s: {Server.Models.LoadError}");
            await Task.Delay(50);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.StopAsync();
        await Server.DisposeAsync();
    }
}
