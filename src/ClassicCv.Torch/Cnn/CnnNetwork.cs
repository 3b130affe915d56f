using static TorchSharp.torch;

namespace ClassicCv.Torch.Cnn;

/// <summary>The small CNN as TorchSharp modules, with the layer sizes the ONNX export needs.</summary>
internal sealed class CnnNetwork : IDisposable
{
    public CnnNetwork(int channels, int height, int width, int classes, CnnOptions options)
    {
        Channels = channels;
        Height = height;
        Width = width;
        Classes = classes;
        Options = options;
        var h = Pooled(Pooled(height, options.Padding), options.Padding);
        var w = Pooled(Pooled(width, options.Padding), options.Padding);
        if (h < 1 || w < 1)
        {
            throw new Errors.UserInputException($"The CNN input {width}x{height} is too small for two 3×3 convolutions and 2×2 poolings with padding={options.Padding}; use size=16x16 or larger, or padding=1.");
        }

        FlatLength = 2 * options.Width * h * w;
        Conv1 = nn.Conv2d(channels, options.Width, 3, stride: 1, padding: options.Padding);
        Conv2 = nn.Conv2d(options.Width, 2 * options.Width, 3, stride: 1, padding: options.Padding);
        Dense = nn.Linear(FlatLength, classes);
        Model = nn.Sequential(
            ("conv1", Conv1), ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2, 2)),
            ("conv2", Conv2), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2, 2)),
            ("flatten", nn.Flatten()), ("dropout", nn.Dropout(options.Dropout)), ("dense", Dense));
    }

    public int Channels { get; }

    public int Height { get; }

    public int Width { get; }

    public int Classes { get; }

    public int FlatLength { get; }

    public CnnOptions Options { get; }

    public TorchSharp.Modules.Conv2d Conv1 { get; }

    public TorchSharp.Modules.Conv2d Conv2 { get; }

    public TorchSharp.Modules.Linear Dense { get; }

    public TorchSharp.Modules.Sequential Model { get; }

    public void Dispose() => Model.Dispose();

    private static int Pooled(int side, int padding) => (side + (2 * padding) - 2) / 2;
}
