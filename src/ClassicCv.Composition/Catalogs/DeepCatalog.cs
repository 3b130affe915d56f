using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Torch.Cnn;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.TestTime;

namespace ClassicCv.Catalogs;

/// <summary>The one table of end-to-end network contenders (<c>--deep</c>).</summary>
public static class DeepCatalog
{
    /// <summary>Every valid form, for messages.</summary>
    public static IReadOnlyList<string> Names => ["cnn", "resnet18-finetune", "onnx:PATH"];

    /// <summary>Builds the contenders named in a comma-separated list (empty or <c>none</c>: no contender).</summary>
    /// <param name="list">e.g. <c>onnx:model.onnx[size=28x28,channels=1]</c>.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="modelFolder">Where trained networks are written as ONNX files.</param>
    /// <param name="progress">Receives training progress lines, or <c>null</c>.</param>
    /// <param name="classNames">The dataset's class names, against which an explicit <c>class-weight</c> is checked before any work; <c>null</c> to check it when training.</param>
    /// <param name="testTimeFlips">Give every trained network its test-time-flip row, as <c>tta=true</c> does (<c>--tta</c>).</param>
    public static IReadOnlyList<IImageClassifierTrainer> Parse(string list, ImageStreamer streamer, int seed, string modelFolder, Action<string>? progress = null, IReadOnlyList<string>? classNames = null, bool testTimeFlips = false) =>
        string.IsNullOrWhiteSpace(list) || list.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? [] : ComponentSpec.ParseList(list, "deep model").SelectMany(spec => Create(spec, streamer, seed, modelFolder, progress, classNames, testTimeFlips)).ToArray();

    // A network asked for with tta=true brings a second row: the same network scored with test-time flips.
    private static IEnumerable<IImageClassifierTrainer> Create(ComponentSpec spec, ImageStreamer streamer, int seed, string modelFolder, Action<string>? progress, IReadOnlyList<string>? classNames, bool testTimeFlips)
    {
        if (spec.Name.StartsWith("onnx:", StringComparison.Ordinal) && spec.Parameters.ContainsKey(ClassWeightParameter.Key))
        {
            throw new UserInputException($"The deep model '{spec.Text}' cannot weight classes: a given ONNX network is evaluated, not trained; only cnn takes {ClassWeightParameter.Key}.");
        }

        if (classNames is not null)
        {
            ClassWeightParameter.Parse(spec, "deep model", classNames);
        }

        var (trainer, flips) = spec.Name switch
        {
            "cnn" => CnnOptionsText.Parse(spec) is var cnn ? ((IImageClassifierTrainer)new CnnTrainer(cnn, seed, modelFolder, streamer, progress), cnn.TestTimeFlip) : default,
            "resnet18-finetune" => FineTuneOptionsText.Parse(spec) is var tune ? (new FineTuneTrainer(tune, seed, modelFolder, streamer, progress), tune.TestTimeFlip) : default,
            _ when spec.Name.StartsWith("onnx:", StringComparison.Ordinal) => (new OnnxClassifierTrainer(OnnxClassifierOptionsText.Parse(spec), streamer), false),
            _ => throw new UserInputException($"Unknown deep model '{spec.Name}'; valid: {string.Join(", ", Names)}."),
        };
        return flips || (testTimeFlips && trainer is INetworkSource) ? [trainer, new TestTimeFlipTrainer(trainer)] : [trainer];
    }
}
