using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// ResNet-18's basic residual block (He et al. 2016): two 3×3 convolutions with batch normalisation, and a 1×1
/// projection of the shortcut when the block changes the resolution or the width.
/// </summary>
internal sealed class ResNet18BasicBlock : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d _conv1;
    private readonly BatchNorm2d _bn1;
    private readonly Conv2d _conv2;
    private readonly BatchNorm2d _bn2;
    private readonly Conv2d? _projection;
    private readonly BatchNorm2d? _projectionBn;

    /// <summary>Creates the block.</summary>
    /// <param name="name">The module name.</param>
    /// <param name="input">Input channels.</param>
    /// <param name="output">Output channels.</param>
    /// <param name="stride">Stride of the first convolution (and the projection): 1 or 2.</param>
    public ResNet18BasicBlock(string name, int input, int output, int stride)
        : base(name)
    {
        Stride = stride;
        _conv1 = nn.Conv2d(input, output, 3, stride: stride, padding: 1, bias: false);
        _bn1 = nn.BatchNorm2d(output);
        _conv2 = nn.Conv2d(output, output, 3, stride: 1, padding: 1, bias: false);
        _bn2 = nn.BatchNorm2d(output);
        if (stride != 1 || input != output)
        {
            _projection = nn.Conv2d(input, output, 1, stride: stride, bias: false);
            _projectionBn = nn.BatchNorm2d(output);
        }

        RegisterComponents();
    }

    /// <summary>The stride of the first convolution and the projection.</summary>
    public int Stride { get; }

    /// <summary>Whether the shortcut is projected (1×1 convolution + batch normalisation) rather than the identity.</summary>
    public bool Projects => _projection is not null;

    /// <summary>The block's convolutions with their batch normalisations, in the order of <see cref="ResNet18Network.ConvolutionLayers"/>: conv1, conv2, then the projection if any.</summary>
    public IEnumerable<(Conv2d Convolution, BatchNorm2d Normalization)> Layers()
    {
        yield return (_conv1, _bn1);
        yield return (_conv2, _bn2);
        if (_projection is not null)
        {
            yield return (_projection, _projectionBn!);
        }
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var main = _bn2.forward(_conv2.forward(nn.functional.relu(_bn1.forward(_conv1.forward(input)))));
        var shortcut = _projection is null ? input : _projectionBn!.forward(_projection.forward(input));
        return nn.functional.relu(main + shortcut).MoveToOuterDisposeScope();
    }
}
