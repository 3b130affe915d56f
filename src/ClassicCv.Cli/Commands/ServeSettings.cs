using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv serve</c>; the defaults are <see cref="Serving.ServeOptions"/>'s.</summary>
internal sealed class ServeSettings : CommandSettings
{
    [CommandOption("-m|--model <DIRS>")]
    [Description("Comma-separated saved model folders (reports/<run>/models/<pipeline>, including models/cnn); each is served as /v1/models/<folder name>.")]
    public string Model { get; init; } = "";

    [CommandOption("--host <ADDRESS>")]
    [Description("IP address to listen on (0.0.0.0 for every interface, e.g. in a container), or localhost.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("-p|--port <PORT>")]
    [Description("TCP port (0 picks a free one and prints it).")]
    [DefaultValue(8080)]
    public int Port { get; init; } = 8080;

    [CommandOption("--workers <N>")]
    [Description("Instances of each model, each with its own native objects (default: the processor count).")]
    public int? Workers { get; init; }

    [CommandOption("--concurrency <N>")]
    [Description("Predict requests handled at once (default: 4 × the processor count).")]
    public int? Concurrency { get; init; }

    [CommandOption("--queue <N>")]
    [Description("Predict requests queued beyond --concurrency, oldest first; 429 beyond it.")]
    [DefaultValue(64)]
    public int Queue { get; init; } = 64;

    [CommandOption("--max-body-bytes <BYTES>")]
    [Description("Largest request body (413 beyond it).")]
    [DefaultValue(8L * 1024 * 1024)]
    public long MaxBodyBytes { get; init; } = 8L * 1024 * 1024;

    [CommandOption("--max-pixels <PIXELS>")]
    [Description("Largest image, width × height read from its header before decoding (413 beyond it).")]
    [DefaultValue(4096L * 4096)]
    public long MaxPixels { get; init; } = 4096L * 4096;

    [CommandOption("--max-images <N>")]
    [Description("Most images in one multipart request (413 beyond it).")]
    [DefaultValue(64)]
    public int MaxImages { get; init; } = 64;

    [CommandOption("--request-timeout <SECONDS>")]
    [Description("A predict request not answered in this time after admission (waiting for a worker included) gets 503.")]
    [DefaultValue(30.0)]
    public double RequestTimeout { get; init; } = 30;

    [CommandOption("--shutdown-timeout <SECONDS>")]
    [Description("How long SIGTERM waits for in-flight requests.")]
    [DefaultValue(30.0)]
    public double ShutdownTimeout { get; init; } = 30;

    [CommandOption("--top <K>")]
    [Description("Top classes listed per image unless the request asks ?top=k.")]
    [DefaultValue(5)]
    public int Top { get; init; } = 5;

    [CommandOption("--batch-window <MS>")]
    [Description("Micro-batching: classify the images of concurrent requests together (one forward pass of a network); a free worker takes every waiting request, then waits up to this many milliseconds for more (0: only those already waiting). Off unless given.")]
    public double? BatchWindow { get; init; }

    [CommandOption("--max-batch <N>")]
    [Description("Images at which a micro-batch stops gathering; networks are loaded with this batch size when batching.")]
    [DefaultValue(8)]
    public int MaxBatch { get; init; } = 8;

    [CommandOption("--no-request-logs")]
    [Description("Do not write one JSON log line per request.")]
    public bool NoRequestLogs { get; init; }
}
