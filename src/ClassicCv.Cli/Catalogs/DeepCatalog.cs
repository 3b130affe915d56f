using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Torch.Cnn;

namespace ClassicCv.Cli.Catalogs;

/// <summary>The one table of end-to-end network contenders (<c>--deep</c>).</summary>
internal static class DeepCatalog
{
    /// <summary>Every valid form, for messages.</summary>
    public static IReadOnlyList<string> Names => ["cnn", "onnx:PATH"];

    /// <summary>Builds the contenders named in a comma-separated list (empty or <c>none</c>: no contender).</summary>
    /// <param name="list">e.g. <c>onnx:model.onnx[size=28x28,channels=1]</c>.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="modelFolder">Where trained networks are written as ONNX files.</param>
    /// <param name="progress">Receives training progress lines, or <c>null</c>.</param>
    /// <param name="classNames">The dataset's class names, against which an explicit <c>class-weight</c> is checked before any work; <c>null</c> to check it when training.</param>
    public static IReadOnlyList<IImageClassifierTrainer> Parse(string list, ImageStreamer streamer, int seed, string modelFolder, Action<string>? progress = null, IReadOnlyList<string>? classNames = null) =>
        string.IsNullOrWhiteSpace(list) || list.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? [] : ComponentSpec.ParseList(list, "deep model").Select(spec => Create(spec, streamer, seed, modelFolder, progress, classNames)).ToArray();

    private static IImageClassifierTrainer Create(ComponentSpec spec, ImageStreamer streamer, int seed, string modelFolder, Action<string>? progress, IReadOnlyList<string>? classNames)
    {
        if (spec.Name.StartsWith("onnx:", StringComparison.Ordinal) && spec.Parameters.ContainsKey(ClassWeightParameter.Key))
        {
            throw new UserInputException($"The deep model '{spec.Text}' cannot weight classes: a given ONNX network is evaluated, not trained; only cnn takes {ClassWeightParameter.Key}.");
        }

        if (classNames is not null)
        {
            ClassWeightParameter.Parse(spec, "deep model", classNames);
        }

        return spec.Name switch
        {
            "cnn" => new CnnTrainer(CnnOptions.Parse(spec), seed, modelFolder, streamer, progress),
            _ when spec.Name.StartsWith("onnx:", StringComparison.Ordinal) => new OnnxClassifierTrainer(OnnxClassifierOptions.Resolve(spec), streamer),
            _ => throw new UserInputException($"Unknown deep model '{spec.Name}'; valid: {string.Join(", ", Names)}."),
        };
    }
}
