using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Torch.Augmentation;

namespace ClassicCv.Torch.Cnn;

/// <summary>
/// Settings of the small CNN: Conv(width, 3×3) + ReLU + MaxPool 2 → Conv(2·width, 3×3) + ReLU + MaxPool 2 → Flatten →
/// Dropout → Dense(classes), softmax cross-entropy, Adam. Inline parameters of <c>cnn[...]</c>: <c>width</c> (default 32),
/// <c>padding</c> (0 = valid, 1 = same; default 0), <c>dropout</c> (default 0.25), <c>epochs</c> (maximum, default 10),
/// <c>batch</c> (default 64), <c>lr</c> (Adam learning rate, default 0.001), <c>size</c> (input WxH; default the first
/// training image's size, capped at 64), <c>channels</c> (1 or 3; default 3 when the first image is colour),
/// <c>validation</c> (share of the training split held out for early stopping, default 0.1), <c>patience</c> (epochs
/// without a better validation accuracy before stopping, default 3), <c>augment</c> (the training images' random
/// transforms, see <see cref="NetworkAugmentation"/>; default none), <c>temperature</c> (temperature scaling of the logits
/// fitted on the validation part, default true), <c>tta</c> (also report the test-time-flip row, default false),
/// <c>threads</c> (libtorch threads while training, default 1, the measured faster), <c>class-weight</c> (<c>balanced</c>
/// or <c>name:weight;…</c>: weights of the cross-entropy loss, default none).
/// </summary>
public sealed record CnnOptions
{
    /// <summary>The inline parameter names.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["width", "padding", "dropout", "epochs", "batch", "lr", "size", "channels", "validation", "patience", "augment", "temperature", "tta", "threads", ClassWeightParameter.Key];

    /// <summary>Channels of the first convolution (the second has twice as many).</summary>
    public int Width { get; init; } = 32;

    /// <summary>Zero padding of each 3×3 convolution: 0 (valid) or 1 (same).</summary>
    public int Padding { get; init; }

    /// <summary>Dropout probability before the dense layer, in [0, 1).</summary>
    public double Dropout { get; init; } = 0.25;

    /// <summary>Maximum training epochs.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Mini-batch size.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Adam learning rate.</summary>
    public double LearningRate { get; init; } = 0.001;

    /// <summary>Input size, or <c>null</c> for the first training image's size (capped at 64).</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Input channels (1 or 3), or <c>null</c> to follow the first training image.</summary>
    public int? Channels { get; init; }

    /// <summary>Share of the training split held out for early stopping, in [0, 0.5].</summary>
    public double Validation { get; init; } = 0.1;

    /// <summary>Epochs without improvement of the validation accuracy before training stops.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>The training images' random transforms (none by default).</summary>
    public NetworkAugmentation Augment { get; init; } = NetworkAugmentation.None;

    /// <summary>Fit a temperature on the validation part's logits so the softmax is calibrated (needs a validation part).</summary>
    public bool Temperature { get; init; } = true;

    /// <summary>The <c>cnn[...]</c> entry when it sets <c>class-weight</c> (resolved against the dataset's class names when training), or <c>null</c> for an unweighted loss.</summary>
    public ComponentSpec? ClassWeightSpec { get; init; }

    /// <summary>Also report the test-time flip row (mean of the image's and its mirror's scores).</summary>
    public bool TestTimeFlip { get; init; }

    /// <summary>libtorch threads while training, or <c>null</c> for the measured default (<c>TorchThreads.Training</c>).</summary>
    public int? Threads { get; init; }

    /// <summary>Reads <c>cnn[...]</c>.</summary>
    /// <param name="spec">The parsed <c>--deep</c> entry.</param>
    public static CnnOptions Parse(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var p = new ComponentParameters(spec, "deep model", ParameterNames);
        var dropout = spec.Parameters.ContainsKey("dropout") ? p.Double("dropout", 0.25, -1e-12) : 0.25;
        var validation = spec.Parameters.ContainsKey("validation") ? p.Double("validation", 0.1, -1e-12) : 0.1;
        if (dropout >= 1 || validation > 0.5)
        {
            throw new Errors.UserInputException(string.Create(CultureInfo.InvariantCulture, $"The deep model '{spec.Text}' has dropout={dropout} and validation={validation}; expected dropout in [0, 1) and validation in [0, 0.5]."));
        }

        var channels = p.IntOrNull("channels", 1, 3);
        if (channels == 2)
        {
            throw new Errors.UserInputException($"The deep model '{spec.Text}' has channels=2; expected 1 (grayscale) or 3 (colour).");
        }

        return new CnnOptions
        {
            Width = p.Int("width", 32, 1, 1024),
            Padding = p.Int("padding", 0, 0, 1),
            Dropout = dropout,
            Epochs = p.Int("epochs", 10, 1, 1000),
            BatchSize = p.Int("batch", 64, 1, 4096),
            LearningRate = p.Double("lr", 0.001, 0),
            Size = p.Size("size"),
            Channels = channels,
            Validation = validation,
            Patience = p.Int("patience", 3, 1, 1000),
            Augment = NetworkAugmentation.Parse(spec, NetworkAugmentation.None),
            Temperature = p.Bool("temperature", true),
            ClassWeightSpec = ClassWeightParameter.Parse(spec, "deep model", null) is null ? null : spec,
            TestTimeFlip = p.Bool("tta", false),
            Threads = p.IntOrNull("threads", 1, 1024),
        };
    }
}
