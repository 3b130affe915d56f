using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Training;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// Settings of <c>resnet18-finetune</c>: the shipped ImageNet ResNet-18 with a new linear head, trained end to end by
/// AdamW with a learning-rate schedule, the backbone at a lower rate than the head. Inline parameters: <c>size</c>
/// (input side, a multiple of 32, default 64), <c>epochs</c> (maximum, default 5), <c>batch</c> (default 32), <c>lr</c>
/// (the head's peak rate, default 0.001), <c>backbone-lr</c> (the backbone's peak rate, default lr/10), <c>schedule</c>
/// (<c>onecycle</c> or <c>cosine</c>, default onecycle), <c>weight-decay</c> (AdamW's, default 0.01), <c>freeze</c>
/// (<c>none</c>, <c>stem</c>, <c>stage1</c> … <c>stage4</c>: the backbone up to that part keeps its ImageNet weights and
/// statistics; default none), <c>validation</c> (share held out for early stopping, default 0.1), <c>patience</c>
/// (default 3), <c>augment</c> (default crop; see <see cref="NetworkAugmentation"/>), <c>label-smoothing</c> (default
/// 0.1), <c>temperature</c> (temperature scaling fitted on the validation part, default true), <c>tta</c> (also report
/// the mean of each test image's and its mirror's scores as a row of its own, default false), <c>threads</c>
/// (libtorch threads, default every core, the measured faster), <c>models</c> (the folder holding the shipped ResNet-18, default the app's).
/// </summary>
public sealed record FineTuneOptions
{
    /// <summary>The values of <c>freeze</c>, by the last stage frozen (−1 … 4).</summary>
    public static readonly IReadOnlyList<string> FreezeNames = ["none", "stem", "stage1", "stage2", "stage3", "stage4"];

    /// <summary>The default augmentation: pad-and-crop only (flips change the class of digits and text).</summary>
    public static NetworkAugmentation DefaultAugmentation { get; } = new() { Crop = true };

    /// <summary>Square input side in pixels, a multiple of 32 from 32 to 512.</summary>
    public int Size { get; init; } = 64;

    /// <summary>Maximum training epochs.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Mini-batch size.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The head's peak learning rate.</summary>
    public double LearningRate { get; init; } = 0.001;

    /// <summary>The backbone's peak learning rate, or <c>null</c> for <see cref="LearningRate"/>/10.</summary>
    public double? BackboneLearningRate { get; init; }

    /// <summary>The learning-rate schedule.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.OneCycle;

    /// <summary>AdamW's decoupled weight decay.</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>The last backbone part kept frozen: −1 none, 0 the stem, 1 to 4 the stages (4: only the head trains).</summary>
    public int FrozenThrough { get; init; } = -1;

    /// <summary>Share of the training split held out (stratified, seeded) for early stopping, in [0, 0.5].</summary>
    public double Validation { get; init; } = 0.1;

    /// <summary>Epochs without a better validation accuracy before training stops; the best epoch's weights are kept.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>The training images' random transforms.</summary>
    public NetworkAugmentation Augment { get; init; } = DefaultAugmentation;

    /// <summary>Label smoothing of the cross-entropy, in [0, 1).</summary>
    public double LabelSmoothing { get; init; } = 0.1;

    /// <summary>Fit a temperature on the validation part's logits so the softmax is calibrated (needs a validation part).</summary>
    public bool Temperature { get; init; } = true;

    /// <summary>Also report the test-time flip row (mean of the image's and its mirror's scores).</summary>
    public bool TestTimeFlip { get; init; }

    /// <summary>libtorch threads while training, or <c>null</c> for the measured default (<c>TorchThreads.Training</c>).</summary>
    public int? Threads { get; init; }

    /// <summary>The folder holding <c>ResNet18Onnx/ResNet18.onnx</c>, or <c>null</c> for the one beside the app.</summary>
    public string? ModelsFolder { get; init; }

    /// <summary>The backbone's peak rate as used.</summary>
    public double EffectiveBackboneLearningRate => BackboneLearningRate ?? (LearningRate / 10);

    /// <summary>Allowed <see cref="Size"/> values, px (a multiple of 32 in this range).</summary>
    public static IntRange SizeRange { get; } = new(32, 512);

    /// <summary>Allowed <see cref="Epochs"/> and <see cref="Patience"/> values.</summary>
    public static IntRange EpochsRange { get; } = new(1, 1000);

    /// <summary>Allowed <see cref="BatchSize"/> values (batch normalisation needs 2 images).</summary>
    public static IntRange BatchRange { get; } = new(2, 4096);

    /// <summary>Allowed <see cref="FrozenThrough"/> values: −1 (none) to 4 (every stage).</summary>
    public static IntRange FrozenRange { get; } = new(-1, 4);

    /// <summary>Allowed <see cref="Threads"/> values.</summary>
    public static IntRange ThreadsRange { get; } = new(1, 1024);

    /// <summary>The largest <see cref="Validation"/> share.</summary>
    public const double MaxValidation = 0.5;

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        SizeRange.Check(Size, "FineTuneOptions.Size");
        if (Size % 32 != 0)
        {
            throw new ArgumentOutOfRangeException("FineTuneOptions.Size", Size, string.Create(CultureInfo.InvariantCulture,
                $"FineTuneOptions.Size is {Size}; expected a multiple of 32 from {SizeRange.Min} to {SizeRange.Max} (ResNet-18 halves the side five times)."));
        }

        EpochsRange.Check(Epochs, "FineTuneOptions.Epochs");
        BatchRange.Check(BatchSize, "FineTuneOptions.BatchSize");
        OptionChecks.Positive(LearningRate, "FineTuneOptions.LearningRate");
        if (BackboneLearningRate is { } backbone)
        {
            OptionChecks.InInterval(backbone, "FineTuneOptions.BackboneLearningRate", 0, double.MaxValue, upperInclusive: true);
        }

        OptionChecks.Defined(Schedule, "FineTuneOptions.Schedule");
        OptionChecks.InInterval(WeightDecay, "FineTuneOptions.WeightDecay", 0, double.MaxValue, upperInclusive: true);
        FrozenRange.Check(FrozenThrough, "FineTuneOptions.FrozenThrough");
        OptionChecks.InInterval(Validation, "FineTuneOptions.Validation", 0, MaxValidation, upperInclusive: true);
        EpochsRange.Check(Patience, "FineTuneOptions.Patience");
        ArgumentNullException.ThrowIfNull(Augment, "FineTuneOptions.Augment");
        OptionChecks.InInterval(LabelSmoothing, "FineTuneOptions.LabelSmoothing", 0, 1, upperInclusive: false);
        if (Threads is { } threads)
        {
            ThreadsRange.Check(threads, "FineTuneOptions.Threads");
        }
    }
}
