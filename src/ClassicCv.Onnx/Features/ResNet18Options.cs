using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features;

/// <summary>
/// Options of ImageNet ResNet-18 embeddings; text form <c>resnet18[size=128,layers=stage3+final,flip=true,engine=opencv,models=DIR]</c>.
/// The defaults are what <c>resnet18</c> gives: <see cref="Size"/>, <see cref="Layers"/> and <see cref="Flip"/> left
/// <c>null</c> are chosen from the training images by <see cref="ResNet18Choice.For"/> (the run's notes say what and why).
/// </summary>
public sealed record ResNet18Options : IFeatureOptions
{
    /// <summary>Allowed <see cref="Size"/> values, px (224, or a multiple of 32 in this range).</summary>
    public static IntRange SizeRange { get; } = new(32, 1024);

    /// <summary>Square input side in pixels: 224 as shipped, or a multiple of 32 from 32 to 1024; <c>null</c> (default) to choose from the training images.</summary>
    public int? Size { get; init; }

    /// <summary>Distinct layers of <see cref="ResNet18Layer.All"/> to pool and concatenate (in network order); <c>null</c> (default) to choose from the training images.</summary>
    public IReadOnlyList<ResNet18Layer>? Layers { get; init; }

    /// <summary>True to average the embeddings of the image and its mirror image; <c>null</c> (default) to choose from the training images.</summary>
    public bool? Flip { get; init; }

    /// <summary>The runtime that runs the graph; <c>null</c> (default) for ONNX Runtime, with a note saying so (OpenCV DNN's features within 1e-4, about 2.2× faster).</summary>
    public DnnEngine? Engine { get; init; }

    /// <summary>The <c>DnnImageModels</c> folder; <c>null</c> (default) for the one beside the application.</summary>
    public string? ModelsFolder { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        if (Size is { } size)
        {
            SizeRange.Check(size, "ResNet18Options.Size");
            if (size != ResNet18Files.ShippedSize && size % 32 != 0)
            {
                throw new ArgumentOutOfRangeException("ResNet18Options.Size", size, string.Create(CultureInfo.InvariantCulture,
                    $"ResNet18Options.Size is {size}; expected {ResNet18Files.ShippedSize} (as shipped) or a multiple of 32 from {SizeRange.Min} to {SizeRange.Max}."));
            }
        }

        if (Layers is { } layers && (layers.Count == 0 || layers.Any(layer => !ResNet18Layer.All.Contains(layer)) || layers.Distinct().Count() != layers.Count))
        {
            throw new ArgumentOutOfRangeException("ResNet18Options.Layers", string.Join('+', layers.Select(layer => layer?.Name)),
                $"ResNet18Options.Layers must be distinct members of ResNet18Layer.All ({string.Join(", ", ResNet18Layer.All.Select(layer => layer.Name))}), or null to choose from the training images.");
        }

        if (Engine is { } engine)
        {
            OptionChecks.Defined(engine, "ResNet18Options.Engine");
        }
    }

    /// <summary>The canonical text, e.g. <c>resnet18[size=64,flip=false]</c>; <c>resnet18</c> for the defaults.</summary>
    public string ToText() =>
        ComponentText.Format("resnet18",
            ("size", Size, null), ("layers", Layers is null ? null : string.Join('+', Layers.Select(layer => layer.Name)), null),
            ("flip", Flip, null), ("engine", Engine, null), ("models", ModelsFolder, null));
}
