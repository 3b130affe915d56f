using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Deep;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// ImageNet ResNet-18 embeddings run by OpenCV DNN (by default the 512 values of the global average pool before the
/// classifier). Parameters: <c>size</c> (square input side: 224 as shipped, or a multiple of 32 from 32 to 1024; default
/// 224), <c>layers</c> (the layers to pool and concatenate, joined by <c>+</c>, from <see cref="ResNet18Layer.All"/>;
/// default <c>final</c>), <c>flip</c> (average the embeddings of the image and its mirror image; default false),
/// <c>engine</c> (<c>opencv</c>, the default, or <c>onnxruntime</c>: the same graph run by ONNX Runtime), <c>models</c> (the <c>DnnImageModels</c> folder; default the one beside the application).
/// </summary>
public sealed class ResNet18Spec : IFeatureExtractorSpec
{
    /// <summary>The parameter names ResNet-18 takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["size", "layers", "flip", "engine", "models"];

    private readonly int _size;
    private readonly IReadOnlyList<ResNet18Layer> _layers;
    private readonly bool _flip;
    private readonly DnnEngine _engine;
    private readonly string _folder;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>resnet18[...]</c> component.</param>
    public ResNet18Spec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        _size = parameters.Int("size", ResNet18Files.ShippedSize, 32, 1024);
        if (_size != ResNet18Files.ShippedSize && _size % 32 != 0)
        {
            throw new UserInputException($"The feature '{spec.Text}' has size={_size}; expected 224 (as shipped) or a multiple of 32 (e.g. 64, 96, 128) once the final average pool is made global.");
        }

        _layers = Layers(spec);
        _flip = parameters.Bool("flip", false);
        _engine = parameters.Choice("engine", "opencv", ["opencv", "onnxruntime"]) == "onnxruntime" ? DnnEngine.OnnxRuntime : DnnEngine.OpenCv;
        _folder = spec.Parameters.TryGetValue("models", out var folder) ? folder : ResNet18Files.DefaultFolder;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ResNet18Files.RequireIn(_folder);
        var backbone = ResNet18Files.BackboneFor(_folder, _size, _layers);
        var mean = ResNet18Files.MeanImage(_folder, _size);
        var pool = _size == ResNet18Files.ShippedSize ? "average7x7" : "global-average";
        var layers = string.Join('+', _layers.Select(layer => layer.Name));
        var settings = string.Create(CultureInfo.InvariantCulture, $"resnet18:size={_size};pool={pool};layers={layers};flip={_flip};engine={_engine};model-bytes={new FileInfo(ResNet18Files.Backbone(_folder)).Length}");
        var notes = _size == ResNet18Files.ShippedSize ? Array.Empty<string>() : [$"{Name}: the final 7×7 average pool was replaced by a global average pool for {_size}×{_size} inputs."];
        return new ResNet18Extractor(Name, settings, _size, backbone, mean, _layers.Sum(layer => layer.Channels), _flip, _engine, notes);
    }

    private static IReadOnlyList<ResNet18Layer> Layers(ComponentSpec spec)
    {
        if (!spec.Parameters.TryGetValue("layers", out var text))
        {
            return [ResNet18Layer.Final];
        }

        var names = text.Split('+', StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(name => ResNet18Layer.All.All(layer => layer.Name != name));
        if (unknown is not null || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new UserInputException($"The feature '{spec.Text}' has layers={text}; expected distinct names joined by '+' from: {string.Join(", ", ResNet18Layer.All.Select(layer => layer.Name))} (e.g. layers=stage3+stage4b+final).");
        }

        return ResNet18Layer.All.Where(layer => names.Contains(layer.Name, StringComparer.Ordinal)).ToArray();
    }
}
