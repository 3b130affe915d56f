using ClassicCv.Catalogs;
using ClassicCv.Cli;
using ClassicCv.Models;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;
using Spectre.Console;

namespace ClassicCv.Serving.Tests;

/// <summary>
/// One tiny training run for every test (digits, 20 training images per class): a saved HOG + linear SVM pipeline and a
/// saved CNN, through the real <c>classiccv run --save-models</c>, plus a few digit PNGs to post.
/// </summary>
public sealed class SavedModels : IDisposable
{
    private readonly TestSupport.TempFolder _folder = new();

    /// <summary>Trains and saves both models.</summary>
    public SavedModels()
    {
        var reports = _folder.Folder("reports");
        var (exit, output) = Cli("run", "--features", "hog", "--classifiers", "linear-svm", "--deep", "cnn[width=4,epochs=1,validation=0]",
            "--max-train-per-class", "20", "--save-models", "--no-cache", "--quiet", "--out", reports);
        Assert.True(exit == 0, output);
        var models = Path.Combine(Assert.Single(Directory.GetDirectories(reports)), "models");
        Hog = Path.Combine(models, "hog-linear-svm");
        Cnn = Path.Combine(models, "cnn");
        Images = _folder.Folder("images");
        using var sheet = Cv2.ImRead(Path.Combine(BuiltInDatasets.Root, "digits", "digits.png"), ImreadModes.Grayscale);
        foreach (var (row, column) in new[] { (0, 0), (12, 7), (24, 30), (37, 3), (49, 99), (33, 51) })
        {
            using var cell = new Mat(sheet, new Rect(column * 20, row * 20, 20, 20));
            Cv2.ImWrite(Path.Combine(Images, $"digit-{row:00}-{column:00}.png"), cell);
        }
    }

    /// <summary>The saved HOG + linear SVM folder (<c>models/hog-linear-svm</c>).</summary>
    public string Hog { get; }

    /// <summary>The saved CNN folder (<c>models/cnn</c>).</summary>
    public string Cnn { get; }

    /// <summary>A folder of six 20×20 digit PNGs.</summary>
    public string Images { get; }

    /// <summary>The PNG files, in name order.</summary>
    public IReadOnlyList<string> Pngs => [.. Directory.GetFiles(Images, "*.png").Order(StringComparer.Ordinal)];

    /// <summary>Loads a saved folder exactly as <c>classiccv serve</c> does.</summary>
    public static IDecodedImageClassifier Load(string directory) =>
        SavedModel.Load(directory, FeatureCatalog.ParseOne, ModelCatalog.Load, networkBatch: 1);

    /// <summary>Runs the command line in-process.</summary>
    public static (int ExitCode, string Output) Cli(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var error = new StringWriter();
        var exit = CliApplication.Run(args, console, error);
        return (exit, output + error.ToString());
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
