namespace ClassicCv.Serving;

/// <summary>How <c>classiccv serve</c> listens and protects itself; the defaults are the command's.</summary>
/// <param name="Host">Address to listen on (default loopback only).</param>
/// <param name="Port">TCP port; 0 picks a free one (see <see cref="ModelServer.Address"/>).</param>
public sealed record ServeOptions(string Host = "127.0.0.1", int Port = 8080)
{
    /// <summary>Largest request body in bytes (413 beyond it). Default 8 MiB.</summary>
    public long MaxBodyBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Largest decoded image in pixels, read from the image header before decoding (413 beyond it). Default 4096 × 4096.</summary>
    public long MaxPixels { get; init; } = 4096L * 4096;

    /// <summary>Most images in one multipart request (413 beyond it). Default 64.</summary>
    public int MaxImagesPerRequest { get; init; } = 64;

    /// <summary>Worker instances of each model (each with its own native objects). Default: the processor count.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Predict requests handled at once (the rate limiter's permits). Default: 4 × the processor count.</summary>
    public int Concurrency { get; init; } = 4 * Environment.ProcessorCount;

    /// <summary>Predict requests waiting for a permit, oldest first; 429 beyond it. Default 64.</summary>
    public int QueueLimit { get; init; } = 64;

    /// <summary>A predict request not answered within this time after it is admitted (past the rate limiter's queue) gets 503. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long SIGTERM waits for in-flight requests to finish. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Top classes listed per image unless the request asks otherwise (<c>?top=k</c>). Default 5.</summary>
    public int TopK { get; init; } = 5;

    /// <summary>Writes one structured log line per request (JSON on the console). Default true.</summary>
    public bool RequestLogs { get; init; } = true;

    /// <summary>
    /// Micro-batching: with a value, the images of concurrent requests for a model are classified together (one forward
    /// pass of a network), a free worker taking every request waiting and then waiting this long for more. Default
    /// <c>null</c>: each request is classified on its own.
    /// </summary>
    public TimeSpan? BatchWindow { get; init; }

    /// <summary>Images at which a micro-batch stops gathering, and the batch size networks are loaded with when batching. Default 8.</summary>
    public int MaxBatch { get; init; } = 8;

    /// <summary>Throws when a value is out of range, naming it.</summary>
    public ServeOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBodyBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxImagesPerRequest);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Workers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Concurrency);
        ArgumentOutOfRangeException.ThrowIfNegative(QueueLimit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(ShutdownTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TopK);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBatch);
        if (BatchWindow is { } window)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero, nameof(BatchWindow));
        }

        return this;
    }
}
