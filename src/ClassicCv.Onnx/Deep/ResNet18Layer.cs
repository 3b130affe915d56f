namespace ClassicCv.Onnx.Deep;

/// <summary>
/// A layer of the packaged ResNet-18 whose output can be taken as (part of) an embedding, globally average-pooled to
/// one value per channel. Earlier layers are less specific to ImageNet's classes, which helps on small or
/// low-resolution images.
/// </summary>
/// <param name="Name">The name used in <c>resnet18[layers=...]</c>.</param>
/// <param name="Tensor">The ONNX tensor it reads.</param>
/// <param name="Channels">Values it contributes.</param>
/// <param name="Pooled">True when the tensor is already pooled (the network's own final average pool).</param>
public sealed record ResNet18Layer(string Name, string Tensor, int Channels, bool Pooled)
{
    /// <summary>The shipped 512-d embedding: the last residual block's output after the network's average pool.</summary>
    public static readonly ResNet18Layer Final = new("final", "Pooling395_Output_0", 512, true);

    /// <summary>Every layer that can be taken, from the earliest to the last.</summary>
    public static readonly IReadOnlyList<ResNet18Layer> All =
    [
        new("stage2", "ReLU315_Output_0", 128, false),
        new("stage3", "ReLU347_Output_0", 256, false),
        new("stage4a", "ReLU365_Output_0", 512, false),
        new("stage4b", "ReLU379_Output_0", 512, false),
        Final,
    ];
}
