using System.Net;
using ClassicCv.Errors;
using ClassicCv.Models;
using ClassicCv.Serving;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>
/// <c>classiccv serve --model DIR[,DIR...]</c>: serves saved models over HTTP until SIGTERM or Ctrl+C, which finish the
/// requests in flight first. A model that cannot be loaded stops the server with a one-line error (exit code 2).
/// </summary>
internal sealed class ServeCommand(IAnsiConsole console) : Command<ServeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var sources = Sources(settings.Model);
        var options = Options(settings);
        // Each worker instance predicts on one thread; --workers (one per core by default) is the parallelism, so
        // OpenCV's own thread pool would only oversubscribe the cores.
        OpenCvSharp.Cv2.SetNumThreads(1);
        var server = ModelServer.Create(options, sources, directory => ModelStore.Load(directory, options.BatchWindow is null ? 1 : options.MaxBatch));
        try
        {
            server.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            console.WriteLine($"classiccv serve: listening on {server.Address} ({string.Join(", ", sources.Select(s => s.Name))}); /readyz turns 200 once every model has warmed up");
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (server.Models.LoadError is not null)
        {
            // A model failed to load while the server was still starting; the error below names it.
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return server.Models.LoadError is { } error ? throw new UserInputException(error) : 0;
    }

    private static List<ModelSource> Sources(string list)
    {
        var folders = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (folders.Length == 0)
        {
            throw new UserInputException("--model is required; expected comma-separated folders written by classiccv run --save-models (reports/<run>/models/<pipeline>).");
        }

        var sources = new List<ModelSource>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new UserInputException($"Model folder '{folder}' does not exist; expected reports/<run>/models/<pipeline>.");
            }

            var source = ModelSource.Of(folder);
            if (sources.Any(s => s.Name == source.Name))
            {
                throw new UserInputException($"Two model folders are named '{source.Name}' ('{sources.First(s => s.Name == source.Name).Directory}' and '{folder}'); each is served under its folder name, so give them distinct names.");
            }

            sources.Add(source);
        }

        return sources;
    }

    private static ServeOptions Options(ServeSettings s)
    {
        if (s.Host != "localhost" && !IPAddress.TryParse(s.Host, out _))
        {
            throw new UserInputException($"--host {s.Host} is not an IP address; expected e.g. 127.0.0.1, 0.0.0.0, :: or localhost.");
        }

        Require(s.Port is >= 0 and <= 65535, $"--port {s.Port}", "a port from 0 to 65535");
        Require(s.Workers is null or >= 1 and <= 256, $"--workers {s.Workers}", "a whole number from 1 to 256");
        Require(s.Concurrency is null or >= 1, $"--concurrency {s.Concurrency}", "a whole number of at least 1");
        Require(s.Queue >= 0, $"--queue {s.Queue}", "a whole number of at least 0");
        Require(s.MaxBodyBytes >= 1, $"--max-body-bytes {s.MaxBodyBytes}", "a positive number of bytes");
        Require(s.MaxPixels >= 1, $"--max-pixels {s.MaxPixels}", "a positive number of pixels");
        Require(s.MaxImages >= 1, $"--max-images {s.MaxImages}", "a whole number of at least 1");
        Require(s.RequestTimeout is > 0 and <= 86400, $"--request-timeout {s.RequestTimeout}", "seconds, more than 0 and at most 86400");
        Require(s.ShutdownTimeout is >= 0 and <= 86400, $"--shutdown-timeout {s.ShutdownTimeout}", "seconds from 0 to 86400");
        Require(s.Top >= 1, $"--top {s.Top}", "a whole number of at least 1");
        Require(s.BatchWindow is null or >= 0 and <= 1000, $"--batch-window {s.BatchWindow}", "milliseconds from 0 to 1000");
        Require(s.MaxBatch is >= 1 and <= 1024, $"--max-batch {s.MaxBatch}", "a whole number from 1 to 1024");
        var defaults = new ServeOptions();
        return new ServeOptions(s.Host, s.Port)
        {
            Workers = s.Workers ?? defaults.Workers,
            Concurrency = s.Concurrency ?? defaults.Concurrency,
            QueueLimit = s.Queue,
            MaxBodyBytes = s.MaxBodyBytes,
            MaxPixels = s.MaxPixels,
            MaxImagesPerRequest = s.MaxImages,
            RequestTimeout = TimeSpan.FromSeconds(s.RequestTimeout),
            ShutdownTimeout = TimeSpan.FromSeconds(s.ShutdownTimeout),
            TopK = s.Top,
            RequestLogs = !s.NoRequestLogs,
            BatchWindow = s.BatchWindow is { } window ? TimeSpan.FromMilliseconds(window) : null,
            MaxBatch = s.MaxBatch,
        };
    }

    private static void Require(bool condition, string given, string expected)
    {
        if (!condition)
        {
            throw new UserInputException($"{given} is out of range; expected {expected}.");
        }
    }
}
