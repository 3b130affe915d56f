using System.Globalization;
using System.Text;
using ClassicCv.Configuration;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Files;
using ClassicCv.Models;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Explaining;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>
/// <c>classiccv explain --model PATH IMAGE... --out DIR</c>: occlusion sensitivity of a saved pipeline or network for
/// every image: <c>&lt;name&gt;.csv</c> and <c>&lt;name&gt;.png</c> in the output folder, one line per image on the console
/// (path, predicted class, its probability). Images that cannot be decoded are named on standard error and skipped
/// (exit code 1); the others are explained.
/// </summary>
internal sealed class ExplainCommand(IAnsiConsole console) : Command<ExplainSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            throw new UserInputException("--out is required; expected a folder for the <name>.csv and <name>.png files.");
        }

        var options = new OcclusionOptions(
            OptionValues.Int("--patch", settings.Patch, minimum: 1),
            OptionValues.Int("--stride", settings.Stride, minimum: 1),
            settings.Fill.Trim().ToLowerInvariant() switch
            {
                "mean" => OcclusionFill.Mean,
                "blur" => OcclusionFill.Blur,
                _ => throw new UserInputException($"--fill is '{settings.Fill}'; expected mean or blur."),
            });
        var files = PredictCommand.Collect(settings.Paths);
        using var classifier = Load(settings.Model);
        Directory.CreateDirectory(settings.Out);
        var explainer = new OcclusionExplainer(options);
        using var decoder = new ImageDecoder();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skipped = new List<string>();
        foreach (var file in files)
        {
            using var image = decoder.TryDecode(new FileImageLocation(Path.GetFullPath(file)), ImageReadMode.Color, null, out var reason);
            if (image is null)
            {
                Console.Error.WriteLine($"classiccv: cannot explain '{file}': {reason}; skipped");
                skipped.Add(file);
                continue;
            }

            var map = explainer.Explain(classifier, image, file);
            var name = Path.GetFileNameWithoutExtension(file);
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{Path.GetFileNameWithoutExtension(file)}-{n}";
            }

            AtomicFile.WriteAllText(Path.Combine(settings.Out, name + ".csv"), Grid(map));
            var png = OcclusionOverlay.Render(image, map);
            AtomicFile.Write(Path.Combine(settings.Out, name + ".png"), stream => stream.Write(png));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}\t{classifier.ClassNames[map.PredictedClass]}\t{map.Probability:0.######}"));
        }

        console.WriteLine($"{files.Count - skipped.Count} images explained into {settings.Out}{(skipped.Count == 0 ? "" : $"; skipped (not decodable): {string.Join(", ", skipped)}")}");
        return skipped.Count == 0 ? 0 : 1;
    }

    /// <summary>The map as CSV: one line per row of patch positions (top to bottom), one drop per column (left to right).</summary>
    private static string Grid(OcclusionMap map)
    {
        var text = new StringBuilder();
        for (var r = 0; r < map.Rows; r++)
        {
            text.AppendJoin(',', Enumerable.Range(0, map.Columns).Select(c => ReportFormat.Ratio(Math.Round(map[r, c], 6)))).Append('\n');
        }

        return text.ToString();
    }

    private static IImageClassifier Load(string model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new UserInputException("--model is required; expected a saved pipeline folder (reports/<run>/models/<pipeline>) or an .onnx file.");
        }

        if (Directory.Exists(model))
        {
            return ModelStore.Load(model);
        }

        if (!File.Exists(model) || !model.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserInputException($"Model '{model}' is neither a saved pipeline folder nor an .onnx file.");
        }

        var options = OnnxClassifierOptions.Load(model);
        if (options.Labels is not { } labels)
        {
            throw new UserInputException($"The network '{model}' names no classes; add \"labels\": [...] to '{OnnxClassifierOptions.SidecarOf(model)}'.");
        }

        return new OnnxClassifierTrainer(options, new ImageStreamer()).Load(labels);
    }
}
