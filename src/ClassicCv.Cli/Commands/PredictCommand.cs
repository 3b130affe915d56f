using System.Globalization;
using ClassicCv.Cli.Sharding;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Files;
using ClassicCv.Models;
using ClassicCv.Reports;
using ClassicCv.Reports.Exporters;
using ClassicCv.Runs;
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

        var sharded = ShardedPrediction.Applies(settings);
        if (!sharded && settings.Out is { } output)
        {
            OutputPaths.RequireWritableFile("--out", output);
        }

        using var classifier = ModelStore.Load(settings.Model);
        var files = settings.List is null ? Collect(settings.Paths) : [.. settings.Paths.Length == 0 ? [] : Collect(settings.Paths), .. PredictList.Read(settings.List)];
        if (sharded)
        {
            return new ShardedPrediction(console).Run(settings, classifier, files);
        }

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
            // The reports' CSV writer: quoting, and the guard that keeps a file named '=HYPERLINK(…).png' from becoming a formula.
            var table = new ReportTable(["path", "predicted_class", "score"], lines.Select(line => (IReadOnlyList<string>)[line.Path, line.Class, line.Score]).ToArray());
            try
            {
                AtomicFile.WriteAllText(csv, CsvTableWriter.ToCsv(table));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new OutputNotWrittenException($"the predictions could not be written to '{Path.GetFullPath(csv)}' ({exception.Message}); no partial file was left.");
            }

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

    /// <summary>
    /// The image files named or found under the folders named, each real file once: symbolic links are followed, but a
    /// file or folder reached twice (a link to a folder above it, two spellings of one path) is taken the first time only.
    /// </summary>
    internal static List<string> Collect(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seenFiles.Add(Real(path)))
                {
                    files.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(path, found, seenFiles, seenFolders);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else
            {
                throw new UserInputException($"'{path}' is neither a file nor a folder; expected image files or folders of images.");
            }
        }

        return files.Count > 0 ? files : throw new UserInputException("No images to predict; expected image files or folders containing .png/.jpg/... images.");
    }

    private static void Walk(string folder, List<string> found, HashSet<string> seenFiles, HashSet<string> seenFolders)
    {
        if (!seenFolders.Add(Real(folder)))
        {
            return;
        }

        try
        {
            found.AddRange(Directory.EnumerateFiles(folder)
                .Where(file => ImageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()) && seenFiles.Add(Real(file))));
            foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                Walk(sub, found, seenFiles, seenFolders);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"Folder '{folder}' cannot be read ({exception.Message}); expected a readable folder of images.", exception);
        }
    }

    private static string Real(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            // A link loop: the path as written stands for itself, and the loop ends at the folder already seen.
            return Path.GetFullPath(path);
        }
    }
}
