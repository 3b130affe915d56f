using System.Collections.Concurrent;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Serving;

/// <summary>
/// The models a server was asked to serve, and which of them have loaded. Ready once every model has loaded all its
/// worker instances and each instance has answered one warm-up prediction; not ready again once shutdown begins.
/// </summary>
public sealed class ModelRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, ServedModel> _loaded = new(StringComparer.Ordinal);
    private volatile bool _stopping;
    private volatile string? _loadError;

    /// <summary>Creates an empty registry for <paramref name="sources"/>.</summary>
    /// <param name="sources">The models to serve; names must be distinct.</param>
    public ModelRegistry(IReadOnlyList<ModelSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var repeated = sources.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Two models are named '{repeated.Key}'; expected distinct names.", nameof(sources));
        }

        Sources = sources;
    }

    /// <summary>The models to serve, in the order given.</summary>
    public IReadOnlyList<ModelSource> Sources { get; }

    /// <summary>True once every model is loaded and warmed up, until shutdown begins.</summary>
    public bool IsReady => !_stopping && _loadError is null && _loaded.Count == Sources.Count;

    /// <summary>Why loading failed, or <c>null</c>.</summary>
    public string? LoadError => _loadError;

    /// <summary>The loaded models, in the order given.</summary>
    public IEnumerable<ServedModel> Loaded => Sources.Select(s => _loaded.GetValueOrDefault(s.Name)).OfType<ServedModel>();

    /// <summary>True when <paramref name="name"/> is one of <see cref="Sources"/> (loaded or not).</summary>
    /// <param name="name">A model name.</param>
    public bool IsKnown(string? name) => name is not null && Sources.Any(s => s.Name == name);

    /// <summary>The loaded model named <paramref name="name"/>.</summary>
    /// <param name="name">A model name.</param>
    /// <param name="model">The model, when loaded.</param>
    public bool TryGet(string name, out ServedModel model) => _loaded.TryGetValue(name, out model!);

    /// <summary>Loads <paramref name="workers"/> instances of every model and warms each up with one prediction.</summary>
    /// <param name="load">Loads one independent instance from a saved folder.</param>
    /// <param name="workers">Instances per model.</param>
    /// <param name="metrics">Readiness gauges to set.</param>
    /// <param name="batchWindow">With a value, each model's requests are micro-batched (see <see cref="ModelBatcher"/>).</param>
    /// <param name="maxBatch">Images at which a micro-batch stops gathering.</param>
    public void LoadAll(Func<string, IDecodedImageClassifier> load, int workers, ServingMetrics metrics, TimeSpan? batchWindow = null, int maxBatch = 1)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var source in Sources)
        {
            var instances = new List<IDecodedImageClassifier>();
            try
            {
                for (var i = 0; i < workers && !_stopping; i++)
                {
                    instances.Add(load(source.Directory));
                }

                var description = ModelDescription.Read(source.Name, source.Directory, instances[0].ClassNames);
                foreach (var instance in instances)
                {
                    WarmUp(instance, description);
                }

                _loaded[source.Name] = new ServedModel(description, new ModelWorkerPool(instances, batchWindow, maxBatch));
                metrics.Ready.Set(1, source.Name);
            }
            catch
            {
                instances.ForEach(instance => instance.Dispose());
                throw;
            }
        }
    }

    /// <summary>Records why loading failed (the server is then never ready).</summary>
    /// <param name="message">One line naming the model and the problem.</param>
    public void Fail(string message) => _loadError = message;

    /// <summary>Marks the server as stopping: readiness turns false so no new traffic is routed here.</summary>
    public void BeginStopping() => _stopping = true;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var model in _loaded.Values)
        {
            model.Workers.Dispose();
        }

        _loaded.Clear();
    }

    private static void WarmUp(IDecodedImageClassifier instance, ModelDescription description)
    {
        var type = instance.Mode == ImageReadMode.Grayscale ? MatType.CV_8UC1 : MatType.CV_8UC3;
        using var image = new Mat(Math.Max(1, description.InputHeight), Math.Max(1, description.InputWidth), type, Scalar.All(128));
        _ = instance.Predict([image]);
    }
}
