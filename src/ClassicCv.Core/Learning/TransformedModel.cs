using System.Text.Json;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Files;

namespace ClassicCv.Learning;

/// <summary>
/// A model that transforms its input with a fitted <see cref="TransformChain"/> before predicting (what a
/// <see cref="TransformingLearner"/> returns). It saves as kind <c>chain+model-kind</c>: the chain as
/// <see cref="TransformFile"/> entries in <c>transforms.json</c> (the format of <c>pipeline.json</c>'s transforms) and
/// the inner model in the <c>model/</c> subfolder.
/// </summary>
public sealed class TransformedModel : ISaveableModel
{
    /// <summary>The start of the kind of a saved transformed model.</summary>
    public const string KindPrefix = "chain+";

    /// <summary>The file of the saved chain.</summary>
    public const string ChainFile = "transforms.json";

    /// <summary>Subfolder of the saved transform in the format before the chain (kind <c>rff+model-kind</c>), still read.</summary>
    public const string TransformFolder = "transform";

    /// <summary>Subfolder of the saved inner model.</summary>
    public const string ModelFolder = "model";

    /// <summary>Composes the parts; disposing this disposes <paramref name="inner"/>.</summary>
    /// <param name="transforms">The fitted chain.</param>
    /// <param name="inner">The model trained on transformed features.</param>
    public TransformedModel(FittedTransformChain transforms, IClassifierModel inner)
    {
        ArgumentNullException.ThrowIfNull(transforms);
        ArgumentNullException.ThrowIfNull(inner);
        Transforms = transforms;
        Inner = inner;
    }

    /// <summary>The fitted chain.</summary>
    public FittedTransformChain Transforms { get; }

    /// <summary>The model trained on transformed features.</summary>
    public IClassifierModel Inner { get; }

    /// <inheritdoc />
    public int ClassCount => Inner.ClassCount;

    /// <inheritdoc />
    public string Kind => KindPrefix + SaveableInner.Kind;

    private ISaveableModel SaveableInner =>
        Inner as ISaveableModel ?? throw new NotSupportedException($"The model {Inner.GetType().Name} cannot be saved.");

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <param name="directory">The saved folder.</param>
    /// <param name="innerKind">The inner model's kind (the saved kind after <see cref="KindPrefix"/>).</param>
    /// <param name="models">Loads a model of a kind from a folder.</param>
    /// <param name="savedTransforms">Loads a transform that saved itself, by kind, from its folder.</param>
    public static TransformedModel Load(string directory, string innerKind, Func<string, string, IClassifierModel> models, Func<string, string, IFittedFeatureTransform> savedTransforms)
    {
        ArgumentNullException.ThrowIfNull(models);
        var path = Path.Combine(directory, ChainFile);
        IReadOnlyList<TransformFile> entries;
        try
        {
            entries = JsonSerializer.Deserialize<TransformFile[]>(File.ReadAllText(path), ModelJson.Options) ?? throw new JsonException("empty document");
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new Errors.UserInputException($"'{path}' is not a saved transform chain ({error.Message}); expected the file classiccv run --save-models writes.");
        }

        var chain = TransformFile.ToChain(entries, 0, directory, savedTransforms);
        return new TransformedModel(chain, models(innerKind, Path.Combine(directory, ModelFolder)));
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        var inner = SaveableInner;
        var entries = TransformFile.Write(Transforms, directory);
        File.WriteAllText(Path.Combine(directory, ChainFile), JsonSerializer.Serialize(entries, ModelJson.Options) + "\n");
        inner.Save(Directory.CreateDirectory(Path.Combine(directory, ModelFolder)).FullName);
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features) => Inner.Predict(Transforms.Apply(features));

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();
}
