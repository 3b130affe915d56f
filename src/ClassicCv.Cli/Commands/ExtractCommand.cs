using System.Globalization;
using ClassicCv.Catalogs;
using ClassicCv.Cli.Exporting;
using ClassicCv.Cli.Sharding;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Runs;
using ClassicCv.Splitting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary><c>classiccv extract</c>: the features of both splits of a dataset, written to a Parquet file.</summary>
internal sealed class ExtractCommand(IAnsiConsole console) : Command<ExtractSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        if (ShardedExtraction.Applies(settings))
        {
            return new ShardedExtraction(console).Run(settings);
        }

        var seed = settings.SeedValue;
        var specs = FeatureCatalog.Parse(settings.Features);
        if (specs.Count != 1)
        {
            throw new UserInputException($"--features '{settings.Features}' names {specs.Count} pipelines; extract writes one, e.g. hog or hog+color-hist.");
        }

        OutputPaths.RequireWritableFile("--out", settings.Out);

        var dataset = new DatasetResolver(BuiltInDatasets.Root).Resolve(settings.Dataset);
        var split = settings.SplitOf(dataset);
        var prepared = new FeatureStore(new ImageStreamer(), seed, settings.OpenCache()).Get(specs[0], dataset, split);

        var testItems = split.Test.ToHashSet();
        var kept = split.Train.Concat(split.Test).Order().Where(item => !prepared.Failed.ContainsKey(item)).ToArray();
        var rows = kept.Select(item => Describe(dataset, item, testItems.Contains(item))).ToArray();
        // Rows are already in item order; only undecodable images need a copy without their (zero) rows.
        var matrix = prepared.Failed.Count == 0 ? prepared.Features.Matrix : prepared.Rows(kept);
        try
        {
            FeatureParquetWriter.Write(settings.Out, rows, matrix, Metadata(seed, dataset, split, prepared.Extractor));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputNotWrittenException($"the features could not be written to '{Path.GetFullPath(settings.Out)}' ({exception.Message}); no partial file was left.");
        }

        var images = prepared.Features.Matrix.Rows;
        var speed = prepared.FromCache
            ? "read from the feature cache"
            : string.Create(CultureInfo.InvariantCulture, $"{prepared.Features.Seconds:F2} s, {images / Math.Max(prepared.Features.Seconds, 1e-9):F0} images/s");
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Length} images ({split.Train.Count} train / {split.Test.Count} test), {prepared.Extractor.Length} features each, {speed}")));
        foreach (var note in prepared.Extractor.Notes)
        {
            console.MarkupLine($"note: {Markup.Escape(note)}");
        }

        foreach (var failed in prepared.Failed.Values)
        {
            console.MarkupLine($"[yellow]skipped[/] {Markup.Escape(failed.Path)}: {Markup.Escape(failed.Reason)}");
        }

        console.MarkupLine($"Features: [bold]{Markup.Escape(Path.GetFullPath(settings.Out))}[/]");
        return 0;
    }

    /// <summary>The row identity of one item.</summary>
    internal static FeatureRow Describe(ImageDataset dataset, int item, bool test)
    {
        var entry = dataset.Items[item];
        return new FeatureRow(entry.Id, entry.Location.Describe(), test ? "test" : "train", entry.Label, dataset.ClassNames[entry.Label]);
    }

    /// <summary>The file metadata of extracted features: extractor, dataset, split, seed, classes, code version.</summary>
    internal static Dictionary<string, string> Metadata(int seed, ImageDataset dataset, DataSplit split, IFeatureExtractor extractor) => new()
    {
        ["classiccv.features"] = extractor.Name,
        ["classiccv.settings"] = extractor.Settings,
        ["classiccv.feature_length"] = extractor.Length.ToString(CultureInfo.InvariantCulture),
        ["classiccv.dataset"] = dataset.Name,
        ["classiccv.dataset_source"] = dataset.Source,
        ["classiccv.dataset_fingerprint"] = dataset.Fingerprint,
        ["classiccv.split"] = split.Description,
        ["classiccv.seed"] = seed.ToString(CultureInfo.InvariantCulture),
        ["classiccv.class_names"] = string.Join('\n', dataset.ClassNames),
        ["classiccv.code_version"] = FeatureCache.CodeVersion,
    };
}
