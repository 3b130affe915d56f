using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Deep;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// ImageNet ResNet-18 embeddings (512 values, the global average pool before the classifier) run by OpenCV DNN.
/// Parameters: <c>size</c> (square input side: 224 as shipped, or a multiple of 32 from 32 to 1024; default 224),
/// <c>models</c> (the <c>DnnImageModels</c> folder; default the one beside the application).
/// </summary>
public sealed class ResNet18Spec : IFeatureExtractorSpec
{
    /// <summary>The parameter names ResNet-18 takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["size", "models"];

    private readonly int _size;
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

        _folder = spec.Parameters.TryGetValue("models", out var folder) ? folder : ResNet18Files.DefaultFolder;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ResNet18Files.RequireIn(_folder);
        var backbone = ResNet18Files.BackboneFor(_folder, _size);
        var mean = ResNet18Files.MeanImage(_folder, _size);
        var pool = _size == ResNet18Files.ShippedSize ? "average7x7" : "global-average";
        var settings = string.Create(CultureInfo.InvariantCulture, $"resnet18:size={_size};pool={pool};model-bytes={new FileInfo(ResNet18Files.Backbone(_folder)).Length}");
        var notes = _size == ResNet18Files.ShippedSize ? Array.Empty<string>() : [$"{Name}: the final 7×7 average pool was replaced by a global average pool for {_size}×{_size} inputs."];
        return new ResNet18Extractor(Name, settings, _size, backbone, mean, notes);
    }
}
