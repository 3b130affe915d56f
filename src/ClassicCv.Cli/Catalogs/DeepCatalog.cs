using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Deep;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Cli.Catalogs;

/// <summary>The one table of end-to-end network contenders (<c>--deep</c>).</summary>
internal static class DeepCatalog
{
    /// <summary>Every valid form, for messages.</summary>
    public static IReadOnlyList<string> Names => ["onnx:PATH"];

    /// <summary>Builds the contenders named in a comma-separated list (empty: none).</summary>
    /// <param name="list">e.g. <c>onnx:model.onnx[size=28x28,channels=1]</c>.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    public static IReadOnlyList<IImageClassifierTrainer> Parse(string list, ImageStreamer streamer) =>
        string.IsNullOrWhiteSpace(list) ? [] : ComponentSpec.ParseList(list, "deep model").Select(spec => Create(spec, streamer)).ToArray();

    private static IImageClassifierTrainer Create(ComponentSpec spec, ImageStreamer streamer) =>
        spec.Name.StartsWith("onnx:", StringComparison.Ordinal)
            ? new OnnxClassifierTrainer(OnnxClassifierOptions.Resolve(spec), streamer)
            : throw new UserInputException($"Unknown deep model '{spec.Name}'; valid: {string.Join(", ", Names)}.");
}
