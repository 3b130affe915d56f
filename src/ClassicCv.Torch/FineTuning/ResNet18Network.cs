using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// ResNet-18 as a trainable TorchSharp network, in the variant of the ImageNet file ClassicCv ships (CNTK's ResNet-18,
/// read from its ONNX graph): the stem (7×7 convolution, batch normalisation, 3×3 max pool), four stages of
/// <see cref="ResNet18BasicBlock"/>s with 64, 128, 256 and 512 channels — two blocks each, three in the last stage,
/// where TorchVision's has two — then global average pooling to the 512-value embedding and an optional linear head. Written out rather than taken from TorchVision so that the embedding, the
/// stages (for freezing) and every convolution (for weight loading and ONNX export) are named parts of one type.
/// </summary>
internal sealed class ResNet18Network : nn.Module<Tensor, Tensor>
{
    /// <summary>Values in the embedding (the final stage's channels).</summary>
    public const int EmbeddingLength = 512;

    private readonly Conv2d _stem;
    private readonly BatchNorm2d _stemBn;
    private readonly MaxPool2d _pool;
    private readonly ModuleList<ResNet18BasicBlock> _blocks;
    private readonly Linear? _head;

    /// <summary>Creates the network with freshly initialised weights.</summary>
    /// <param name="classes">Outputs of the linear head, or 0 for none (then <see cref="forward"/> gives the embedding).</param>
    public ResNet18Network(int classes)
        : base("resnet18")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(classes);
        _stem = nn.Conv2d(3, 64, 7, stride: 2, padding: 3, bias: false);
        _stemBn = nn.BatchNorm2d(64);
        _pool = nn.MaxPool2d(3, stride: 2, padding: 1);
        _blocks = new ModuleList<ResNet18BasicBlock>(
            new ResNet18BasicBlock("layer1.0", 64, 64, 1), new ResNet18BasicBlock("layer1.1", 64, 64, 1),
            new ResNet18BasicBlock("layer2.0", 64, 128, 2), new ResNet18BasicBlock("layer2.1", 128, 128, 1),
            new ResNet18BasicBlock("layer3.0", 128, 256, 2), new ResNet18BasicBlock("layer3.1", 256, 256, 1),
            new ResNet18BasicBlock("layer4.0", 256, 512, 2), new ResNet18BasicBlock("layer4.1", 512, 512, 1), new ResNet18BasicBlock("layer4.2", 512, 512, 1));
        _head = classes > 0 ? nn.Linear(EmbeddingLength, classes) : null;
        RegisterComponents();
    }

    /// <summary>The residual blocks in order (stage 1 to 4).</summary>
    public IReadOnlyList<ResNet18BasicBlock> Blocks => [.. _blocks];

    /// <summary>The linear head, or <c>null</c> for an embedding-only network.</summary>
    public Linear? Head => _head;

    /// <summary>Every convolution with its batch normalisation: the stem, then each block's conv1, conv2 and projection (22 in all).</summary>
    public IReadOnlyList<(Conv2d Convolution, BatchNorm2d Normalization)> ConvolutionLayers =>
        [(_stem, _stemBn), .. _blocks.SelectMany(block => block.Layers())];

    /// <summary>The stage of each block: 1 to 4 (blocks 0–1, 2–3, 4–5, 6–8).</summary>
    /// <param name="block">The block's index in <see cref="Blocks"/>.</param>
    public static int StageOf(int block) => Math.Min(4, (block / 2) + 1);

    /// <summary>The modules of the stem (stage 0) and of stages 1 to <paramref name="stage"/>; none when <paramref name="stage"/> is negative.</summary>
    /// <param name="stage">The last stage included: −1 (nothing), 0 (the stem) to 4 (the whole backbone).</param>
    public IEnumerable<nn.Module> ModulesThrough(int stage)
    {
        if (stage < 0)
        {
            yield break;
        }

        yield return _stem;
        yield return _stemBn;
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (StageOf(i) <= stage)
            {
                yield return _blocks[i];
            }
        }
    }

    /// <summary>The 512-value embedding of a batch of images (N × 3 × H × W, H and W multiples of 32).</summary>
    /// <param name="input">Preprocessed images.</param>
    public Tensor Embed(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = _pool.forward(nn.functional.relu(_stemBn.forward(_stem.forward(input))));
        foreach (var block in _blocks)
        {
            x = block.forward(x);
        }

        return nn.functional.adaptive_avg_pool2d(x, 1).flatten(1).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        if (_head is null)
        {
            return Embed(input);
        }

        using var embedding = Embed(input);
        return _head.forward(embedding);
    }
}
