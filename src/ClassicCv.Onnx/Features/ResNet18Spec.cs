using System.Globalization;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features;

/// <summary>
/// ImageNet ResNet-18 embeddings (by default run by ONNX Runtime, which gives OpenCV DNN's features within 1e-4 at about
/// twice the speed), before the training images are seen; options in <see cref="ResNet18Options"/>.
/// </summary>
public sealed class ResNet18Spec : FeatureSpec<ResNet18Options>
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="ResNet18Options.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ResNet18Spec(ResNet18Options? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by, e.g. <c>resnet18[size=64,flip=false]</c>; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ResNet18Spec(ResNet18Options options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var folder = Options.ModelsFolder ?? ResNet18Files.DefaultFolder;
        var engine = Options.Engine ?? DnnEngine.OnnxRuntime;
        ResNet18Files.RequireIn(folder);
        var choice = ResNet18Choice.For(context.ReferenceWidth, context.ReferenceHeight);
        var size = Options.Size ?? choice.Size;
        var chosenLayers = Options.Layers is { } given ? ResNet18Layer.All.Where(given.Contains).ToArray() : choice.Layers;
        var flip = Options.Flip ?? choice.Flip;
        var backbone = ResNet18Files.BackboneFor(folder, size, chosenLayers);
        var mean = ResNet18Files.MeanImage(folder, size);
        var pool = size == ResNet18Files.ShippedSize ? "average7x7" : "global-average";
        var layers = string.Join('+', chosenLayers.Select(layer => layer.Name));
        var settings = string.Create(CultureInfo.InvariantCulture, $"resnet18:size={size};pool={pool};layers={layers};flip={flip};engine={engine};model-bytes={new FileInfo(ResNet18Files.Backbone(folder)).Length}");
        var notes = new List<string>();
        if (ChoiceNote(context, choice, size, layers, flip) is { } chosen)
        {
            notes.Add(chosen);
        }

        if (size != ResNet18Files.ShippedSize)
        {
            notes.Add($"{Name}: the final 7×7 average pool was replaced by a global average pool for {size}×{size} inputs.");
        }

        return new ResNet18Extractor(Name, settings, size, backbone, mean, chosenLayers.Sum(layer => layer.Channels), flip, engine, notes);
    }

    private string? ChoiceNote(FeatureFitContext context, ResNet18Choice choice, int size, string layers, bool flip)
    {
        var chosen = new List<string>();
        if (Options.Size is null)
        {
            chosen.Add($"size={size}");
        }

        if (Options.Layers is null)
        {
            chosen.Add($"layers={layers}");
        }

        if (Options.Flip is null)
        {
            chosen.Add(flip ? "flip=true" : "flip=false");
        }

        var parts = new List<string>();
        if (chosen.Count > 0)
        {
            parts.Add($"chose {string.Join(", ", chosen)} for {context.ReferenceWidth}×{context.ReferenceHeight} training images ({choice.Reason})");
        }

        if (Options.Engine is null)
        {
            parts.Add("ran on engine=onnxruntime (OpenCV DNN's features within 1e-4, about 2.2× faster; engine=opencv runs OpenCV DNN)");
        }

        return parts.Count == 0 ? null : $"{Name}: {string.Join("; ", parts)}; see docs/defaults.md.";
    }
}
