using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClassicCv.Serving;

/// <summary>
/// The HTTP server of <c>classiccv serve</c> (ASP.NET Core, Kestrel): predictions, model listing, liveness and
/// readiness, Prometheus metrics and the OpenAPI document, with a body-size limit, a concurrency limit with a queue
/// (429 beyond it), request timeouts (503), structured request logs and graceful shutdown (SIGTERM drains in-flight requests).
/// </summary>
public sealed class ModelServer : IAsyncDisposable
{
    private const string PredictPolicy = "predict";
    private readonly WebApplication _app;
    private readonly RequestLogWriter? _requestLog;

    private ModelServer(WebApplication app, ModelRegistry models, ServingMetrics metrics, RequestLogWriter? requestLog)
    {
        _app = app;
        _requestLog = requestLog;
        Models = models;
        Metrics = metrics;
    }

    /// <summary>The served models and their readiness.</summary>
    public ModelRegistry Models { get; }

    /// <summary>The server's metrics.</summary>
    public ServingMetrics Metrics { get; }

    /// <summary>The address the server listens on (known after <see cref="StartAsync"/>; with port 0, the port picked).</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Builds the server; nothing listens or loads until <see cref="StartAsync"/>.</summary>
    /// <param name="options">Address, limits and pool sizes.</param>
    /// <param name="sources">The models to serve (distinct names).</param>
    /// <param name="load">Loads one independent instance of a saved model folder (called once per worker per model, in the background).</param>
    public static ModelServer Create(ServeOptions options, IReadOnlyList<ModelSource> sources, Func<string, IDecodedImageClassifier> load)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(load);
        options = options.Validated();
        var registry = new ModelRegistry(sources);
        var metrics = new ServingMetrics();
        var names = sources.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton(load);
        builder.Services.AddSingleton<ImageDecoder>();
        builder.Services.AddSingleton<PredictEndpoint>();
        builder.Services.AddHostedService<ModelLoader>();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.AddPolicy(PredictPolicy, new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Problems.WriteAsync(context, Problems.TimedOut(options.RequestTimeout), metrics, names),
        }));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddConcurrencyLimiter(PredictPolicy, concurrency =>
            {
                concurrency.PermitLimit = options.Concurrency;
                concurrency.QueueLimit = options.QueueLimit;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(Problems.WriteAsync(rejected.HttpContext, Problems.RateLimited(options.Concurrency, options.QueueLimit), metrics, names));
            };
        });

        var app = builder.Build();
        var requestLogWriter = options.RequestLogs ? new RequestLogWriter(Console.Out, () => metrics.RequestLogDropped.Add(1)) : null;
        app.Use(new RequestLog(metrics, names, requestLogWriter).InvokeAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        // The rate limiter's queue comes first: its wait is bounded by the queue length, and a cancelled wait would end the
        // request without an answer. The timeout covers the request once admitted (body, waiting for a worker, prediction).
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.Lifetime.ApplicationStopping.Register(registry.BeginStopping);
        app.Lifetime.ApplicationStopped.Register(registry.Dispose);
        Map(app, registry, metrics);
        return new ModelServer(app, registry, metrics, requestLogWriter);
    }

    /// <summary>Starts listening and begins loading the models in the background.</summary>
    /// <param name="cancellationToken">Abandons the start.</param>
    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>Stops gracefully: no new connections, in-flight requests finish (up to the shutdown timeout).</summary>
    /// <param name="cancellationToken">Ends the wait early.</param>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>Completes when the server has stopped (SIGTERM, SIGINT, <see cref="StopAsync"/> or a model that failed to load).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_requestLog is not null)
        {
            await _requestLog.DisposeAsync();
        }
    }

    private static void Map(WebApplication app, ModelRegistry registry, ServingMetrics metrics)
    {
        app.MapPost("/v1/models/{name}/predict", (HttpContext context, string name, PredictEndpoint endpoint) =>
                endpoint.HandleAsync(context, name, context.Request.Query["top"].FirstOrDefault()))
            .WithName("Predict")
            .WithSummary("Classify one image (raw image/* body) or several (multipart/form-data).")
            .WithDescription("Answers, per image, the predicted class, the top-k classes with scores (?top=k) and the model's name and version. In a multipart request an image that cannot be classified gets an error entry; the others are still classified.")
            // "*/*" keeps routing from answering other types itself: the handler answers them with a 415 that names the accepted ones.
            .Accepts<byte[]>(true, "image/png", [.. ImageHeader.MediaTypes.Skip(1), "multipart/form-data", "*/*"])
            .Produces<PredictResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery()
            .RequireRateLimiting(PredictPolicy)
            .WithRequestTimeout(PredictPolicy);
        app.MapGet("/v1/models", () => registry.Sources.Select(s => registry.TryGet(s.Name, out var m)
                ? new ModelSummary(s.Name, true, m.Description.Version, m.Description.Kind, m.Description.Classes)
                : new ModelSummary(s.Name, false, null, null, null)).ToArray())
            .WithName("ListModels").WithSummary("The models this server serves.");
        app.MapGet("/v1/models/{name}", IResult (string name) => registry.TryGet(name, out var model)
                ? TypedResults.Ok(model.Description)
                : Problems.Result(registry.IsKnown(name) ? Problems.NotReady(name) : Problems.UnknownModel(name, registry.Sources.Select(s => s.Name)), null, metrics))
            .WithName("GetModel").WithSummary("What a model is: classes, features, classifier, input size, training run, saved metadata.")
            .Produces<ModelDescription>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/healthz", () => TypedResults.Ok(new { Status = "live" })).WithName("Live").WithSummary("Liveness: the process answers.");
        app.MapGet("/readyz", IResult () => registry.IsReady
                ? TypedResults.Ok(new { Status = "ready" })
                : TypedResults.Problem(registry.LoadError ?? "Models are still loading and warming up, or the server is shutting down.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", type: "urn:classiccv:problem:not_ready"))
            .WithName("Ready").WithSummary("Readiness: every model loaded and answered a warm-up prediction.");
        app.MapGet("/metrics", () => TypedResults.Text(metrics.ToText(), "text/plain; version=0.0.4; charset=utf-8"))
            .WithName("Metrics").WithSummary("Prometheus text format: requests, latency histogram, errors by kind, images, per model.");
        app.MapOpenApi();
    }
}
