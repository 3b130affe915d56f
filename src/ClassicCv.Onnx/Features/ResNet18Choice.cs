using ClassicCv.Onnx.Deep;

namespace ClassicCv.Onnx.Features;

/// <summary>
/// The ResNet-18 settings chosen from the training images when <c>size</c>, <c>layers</c> or <c>flip</c> is not given.
/// Small images (both sides ≤ <see cref="SmallSide"/> px, e.g. CIFAR-10's 32×32, digits' 20×20) are upscaled to 128,
/// pool <c>stage3+stage4b+final</c> and average the mirror view: measured on CIFAR-10, 0.845 against 0.790 for the plain
/// 128 embedding and 0.788 at the shipped 224 (which costs 3× as much per pass). Larger images run at the shipped 224
/// with the shipped embedding (<c>final</c>) and no mirror view: at ImageNet's own scale that is the network as trained,
/// and a mirror view would double the cost (docs/defaults.md).
/// </summary>
/// <param name="Size">Square input side.</param>
/// <param name="Layers">Pooled layers, in network order.</param>
/// <param name="Flip">Whether the embedding is the mean of the image's and its mirror's.</param>
/// <param name="Reason">Why, in a few words, for the run's notes.</param>
public sealed record ResNet18Choice(int Size, IReadOnlyList<ResNet18Layer> Layers, bool Flip, string Reason)
{
    /// <summary>The largest side, in pixels, of an image treated as small.</summary>
    public const int SmallSide = 64;

    /// <summary>The input side chosen for small images.</summary>
    public const int SmallImageSize = 128;

    /// <summary>The layers chosen for small images.</summary>
    public static readonly IReadOnlyList<ResNet18Layer> SmallImageLayers = ResNet18Layer.All.Where(layer => layer.Name is "stage3" or "stage4b" or "final").ToArray();

    /// <summary>The choice for training images of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    /// <param name="width">Width of the reference (first) training image, px.</param>
    /// <param name="height">Height of the reference training image, px.</param>
    public static ResNet18Choice For(int width, int height) =>
        width <= SmallSide && height <= SmallSide
            ? new(SmallImageSize, SmallImageLayers, true, $"images ≤ {SmallSide} px are upscaled; pooled earlier blocks and the mirror view measured best on CIFAR-10; write flip=false when a mirror image is another class, as for digits")
            : new(ResNet18Files.ShippedSize, [ResNet18Layer.Final], false, $"images > {SmallSide} px run at the shipped input with the shipped embedding");
}
