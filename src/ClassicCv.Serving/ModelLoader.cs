using ClassicCv.Errors;
using ClassicCv.OpenCv.Pipelines;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClassicCv.Serving;

/// <summary>
/// Loads the models in the background once the server listens, so <c>/healthz</c> answers at once and
/// <c>/readyz</c> turns true only when every model has warmed up. A model that cannot be loaded stops the server.
/// </summary>
internal sealed partial class ModelLoader(ModelRegistry registry, Func<string, IDecodedImageClassifier> load, ServeOptions options, ServingMetrics metrics,
    IHostApplicationLifetime lifetime, ILogger<ModelLoader> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            registry.LoadAll(load, options.Workers, metrics, options.BatchWindow, options.MaxBatch);
            LogReady(logger, registry.Sources.Count, options.Workers);
        }
        catch (Exception error)
        {
            var message = error is UserInputException ? error.Message : $"{error.GetType().Name}: {error.Message}";
            registry.Fail(message);
            LogLoadFailed(logger, message);
            lifetime.StopApplication();
        }
    }, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Information, Message = "ready: {Models} model(s) loaded, {Workers} worker instance(s) each, all warmed up")]
    private static partial void LogReady(ILogger logger, int models, int workers);

    [LoggerMessage(Level = LogLevel.Error, Message = "a model could not be loaded: {Reason}")]
    private static partial void LogLoadFailed(ILogger logger, string reason);
}
