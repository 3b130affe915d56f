using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Training;

namespace ClassicCv.Torch.Cnn;

/// <summary>
/// Settings of the small CNN: Conv(width, 3×3) + ReLU + MaxPool 2 → Conv(2·width, 3×3) + ReLU + MaxPool 2 → Flatten →
/// Dropout → Dense(classes), softmax cross-entropy, Adam. Inline parameters of <c>cnn[...]</c>: <c>width</c> (default 32),
/// <c>padding</c> (0 = valid, 1 = same; default 1), <c>dropout</c> (default 0.25), <c>epochs</c> (maximum, default 15),
/// <c>batch</c> (default 64), <c>lr</c> (Adam learning rate, default 0.001), <c>schedule</c> (<c>constant</c>, <c>cosine</c> or
/// <c>onecycle</c>, stepped every batch over the maximum epochs; default onecycle), <c>size</c> (input WxH; default the first
/// training image's size, capped at 64), <c>channels</c> (1 or 3; default 3 when the first image is colour),
/// <c>validation</c> (share of the training split held out for early stopping, default 0.1), <c>patience</c> (epochs
/// without a better validation accuracy before stopping, default 3), <c>augment</c> (the training images' random
/// transforms, see <see cref="NetworkAugmentation"/>; default none), <c>temperature</c> (temperature scaling of the logits
/// fitted on the validation part, default true), <c>tta</c> (also report the test-time-flip row, default false),
/// <c>threads</c> (libtorch threads while training, default every core, the measured faster), <c>class-weight</c> (<c>balanced</c>
/// or <c>name:weight;…</c>: weights of the cross-entropy loss, default none).
/// </summary>
public sealed record CnnOptions
{
    /// <summary>Channels of the first convolution (the second has twice as many).</summary>
    public int Width { get; init; } = 32;

    /// <summary>Zero padding of each 3×3 convolution: 0 (valid) or 1 (same, the default: measured 0.9229 against 0.9024 on Fashion-MNIST).</summary>
    public int Padding { get; init; } = 1;

    /// <summary>Dropout probability before the dense layer, in [0, 1).</summary>
    public double Dropout { get; init; } = 0.25;

    /// <summary>Maximum training epochs.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Mini-batch size.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Adam learning rate (the peak of a one-cycle schedule, the start of a cosine one).</summary>
    public double LearningRate { get; init; } = 0.001;

    /// <summary>How the learning rate changes over the training steps (one-cycle by default).</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.OneCycle;

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

    /// <summary>Allowed <see cref="Width"/> values.</summary>
    public static IntRange WidthRange { get; } = new(1, 1024);

    /// <summary>Allowed <see cref="Padding"/> values.</summary>
    public static IntRange PaddingRange { get; } = new(0, 1);

    /// <summary>Allowed <see cref="Epochs"/> and <see cref="Patience"/> values.</summary>
    public static IntRange EpochsRange { get; } = new(1, 1000);

    /// <summary>Allowed <see cref="BatchSize"/> values.</summary>
    public static IntRange BatchRange { get; } = new(1, 4096);

    /// <summary>Allowed <see cref="Channels"/> values (1 or 3; 2 is refused).</summary>
    public static IntRange ChannelsRange { get; } = new(1, 3);

    /// <summary>Allowed <see cref="Threads"/> values.</summary>
    public static IntRange ThreadsRange { get; } = new(1, 1024);

    /// <summary>The largest <see cref="Validation"/> share.</summary>
    public const double MaxValidation = 0.5;

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        WidthRange.Check(Width, "CnnOptions.Width");
        PaddingRange.Check(Padding, "CnnOptions.Padding");
        OptionChecks.InInterval(Dropout, "CnnOptions.Dropout", 0, 1, upperInclusive: false);
        EpochsRange.Check(Epochs, "CnnOptions.Epochs");
        BatchRange.Check(BatchSize, "CnnOptions.BatchSize");
        OptionChecks.Positive(LearningRate, "CnnOptions.LearningRate");
        OptionChecks.Defined(Schedule, "CnnOptions.Schedule");
        OptionChecks.ImageSize(Size, "CnnOptions.Size");
        if (Channels is { } channels && channels is not (1 or 3))
        {
            throw new ArgumentOutOfRangeException("CnnOptions.Channels", channels, string.Create(CultureInfo.InvariantCulture, $"CnnOptions.Channels is {channels}; expected 1 (grayscale), 3 (colour) or null to follow the first training image."));
        }

        OptionChecks.InInterval(Validation, "CnnOptions.Validation", 0, MaxValidation, upperInclusive: true);
        EpochsRange.Check(Patience, "CnnOptions.Patience");
        ArgumentNullException.ThrowIfNull(Augment, "CnnOptions.Augment");
        if (Threads is { } threads)
        {
            ThreadsRange.Check(threads, "CnnOptions.Threads");
        }
    }
}
