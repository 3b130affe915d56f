using System.Globalization;
using System.Text;
using ClassicCv.Cli.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Pipelines;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>
/// <c>classiccv predict --model DIR PATH...</c>: loads a saved pipeline and prints one line per image (path, predicted
/// class, score), or writes them as CSV. Images that cannot be decoded get a message; the others are still predicted
/// (exit code 1 when some failed).
/// </summary>
internal sealed class PredictCommand(IAnsiConsole console) : Command<PredictSettings>
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm"];

    /// <inheritdoc />
    public override int Execute(CommandContext context, PredictSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new UserInputException("--model is required; expected a folder written by classiccv run --save-models (reports/<run>/models/<pipeline>).");
        }

        if (!Directory.Exists(settings.Model))
        {
            throw new UserInputException($"Model folder '{settings.Model}' does not exist; expected reports/<run>/models/<pipeline>.");
        }

        using var classifier = SavedModel.Load(settings.Model, FeatureCatalog.ParseOne, ModelCatalog.Load);
        var files = Collect(settings.Paths);
        var items = files.Select((file, i) => new DatasetItem(file, new FileImageLocation(Path.GetFullPath(file)), 0, null)).ToArray();
        var dataset = new ImageDataset("predict", settings.Model, "files", classifier.ClassNames, items, [], $"predict:{Guid.NewGuid():N}");
        var result = classifier.PredictReadable(dataset, Enumerable.Range(0, items.Length).ToArray());

        var lines = new List<(string Path, string Class, string Score)>();
        var classCount = classifier.ClassNames.Count;
        for (var i = 0; i < result.Items.Count; i++)
        {
            var score = result.Predictions.TopScore(i, classCount);
            lines.Add((files[result.Items[i]], classifier.ClassNames[result.Predictions.Labels[i]], float.IsNaN(score) ? "" : score.ToString("0.######", CultureInfo.InvariantCulture)));
        }

        if (settings.Out is { } csv)
        {
            var text = new StringBuilder("path,predicted_class,score\n");
            foreach (var (path, name, score) in lines)
            {
                text.Append(Csv(path)).Append(',').Append(Csv(name)).Append(',').Append(score).Append('\n');
            }

            File.WriteAllText(csv, text.ToString());
            console.WriteLine($"{lines.Count} predictions written to {csv}");
        }
        else
        {
            foreach (var (path, name, score) in lines)
            {
                console.WriteLine($"{path}\t{name}\t{score}");
            }
        }

        foreach (var (item, skipped) in result.Failed.OrderBy(pair => pair.Key))
        {
            Console.Error.WriteLine($"classiccv: cannot predict '{files[item]}': {skipped.Reason}");
        }

        return result.Failed.Count == 0 ? 0 : 1;
    }

    private static List<string> Collect(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ImageExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new UserInputException($"'{path}' is neither a file nor a folder; expected image files or folders of images.");
            }
        }

        return files.Count > 0 ? files : throw new UserInputException("No images to predict; expected image files or folders containing .png/.jpg/... images.");
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
