using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features;

/// <summary>
/// ImageNet ResNet-18 embeddings (by default run by ONNX Runtime, which gives OpenCV DNN's features within 1e-4 at about
/// twice the speed). Parameters: <c>size</c> (square input side: 224 as shipped, or a multiple of 32 from 32 to 1024),
/// <c>layers</c> (the layers to pool and concatenate, joined by <c>+</c>, from <see cref="ResNet18Layer.All"/>),
/// <c>flip</c> (average the embeddings of the image and its mirror image); each of these three not given is chosen from
/// the training images by <see cref="ResNet18Choice.For"/>, and the run's notes say what and why. <c>engine</c>
/// (<c>onnxruntime</c>, the default, or <c>opencv</c>: the same graph run by OpenCV DNN), <c>models</c> (the
/// <c>DnnImageModels</c> folder; default the one beside the application).
/// </summary>
public sealed class ResNet18Spec : IFeatureExtractorSpec
{
    /// <summary>The parameter names ResNet-18 takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["size", "layers", "flip", "engine", "models"];

    private readonly int? _size;
    private readonly IReadOnlyList<ResNet18Layer>? _layers;
    private readonly bool? _flip;
    private readonly DnnEngine _engine;
    private readonly bool _engineGiven;
    private readonly string _folder;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>resnet18[...]</c> component.</param>
    public ResNet18Spec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        _size = parameters.IntOrNull("size", 32, 1024);
        if (_size is { } size && size != ResNet18Files.ShippedSize && size % 32 != 0)
        {
            throw new UserInputException($"The feature '{spec.Text}' has size={_size}; expected 224 (as shipped) or a multiple of 32 (e.g. 64, 96, 128) once the final average pool is made global.");
        }

        _layers = Layers(spec);
        _flip = spec.Parameters.ContainsKey("flip") ? parameters.Bool("flip", false) : null;
        _engineGiven = spec.Parameters.ContainsKey("engine");
        _engine = parameters.Choice("engine", "onnxruntime", ["opencv", "onnxruntime"]) == "opencv" ? DnnEngine.OpenCv : DnnEngine.OnnxRuntime;
        _folder = spec.Parameters.TryGetValue("models", out var folder) ? folder : ResNet18Files.DefaultFolder;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ResNet18Files.RequireIn(_folder);
        var choice = ResNet18Choice.For(context.ReferenceWidth, context.ReferenceHeight);
        var size = _size ?? choice.Size;
        var chosenLayers = _layers ?? choice.Layers;
        var flip = _flip ?? choice.Flip;
        var backbone = ResNet18Files.BackboneFor(_folder, size, chosenLayers);
        var mean = ResNet18Files.MeanImage(_folder, size);
        var pool = size == ResNet18Files.ShippedSize ? "average7x7" : "global-average";
        var layers = string.Join('+', chosenLayers.Select(layer => layer.Name));
        var settings = string.Create(CultureInfo.InvariantCulture, $"resnet18:size={size};pool={pool};layers={layers};flip={flip};engine={_engine};model-bytes={new FileInfo(ResNet18Files.Backbone(_folder)).Length}");
        var notes = new List<string>();
        if (ChoiceNote(context, choice, size, layers, flip) is { } chosen)
        {
            notes.Add(chosen);
        }

        if (size != ResNet18Files.ShippedSize)
        {
            notes.Add($"{Name}: the final 7×7 average pool was replaced by a global average pool for {size}×{size} inputs.");
        }

        return new ResNet18Extractor(Name, settings, size, backbone, mean, chosenLayers.Sum(layer => layer.Channels), flip, _engine, notes);
    }

    private string? ChoiceNote(FeatureFitContext context, ResNet18Choice choice, int size, string layers, bool flip)
    {
        var chosen = new List<string>();
        if (_size is null)
        {
            chosen.Add($"size={size}");
        }

        if (_layers is null)
        {
            chosen.Add($"layers={layers}");
        }

        if (_flip is null)
        {
            chosen.Add(flip ? "flip=true" : "flip=false");
        }

        var parts = new List<string>();
        if (chosen.Count > 0)
        {
            parts.Add($"chose {string.Join(", ", chosen)} for {context.ReferenceWidth}×{context.ReferenceHeight} training images ({choice.Reason})");
        }

        if (!_engineGiven)
        {
            parts.Add("ran on engine=onnxruntime (OpenCV DNN's features within 1e-4, about 2.2× faster; engine=opencv runs OpenCV DNN)");
        }

        return parts.Count == 0 ? null : $"{Name}: {string.Join("; ", parts)}; see docs/defaults.md.";
    }

    private static IReadOnlyList<ResNet18Layer>? Layers(ComponentSpec spec)
    {
        if (!spec.Parameters.TryGetValue("layers", out var text))
        {
            return null;
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
