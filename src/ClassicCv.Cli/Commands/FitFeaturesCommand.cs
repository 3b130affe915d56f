using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>
/// <c>classiccv fit-features</c>: fits a feature pipeline's learnt state (a SIFT codebook) once on the whole training
/// split, exactly as an in-process run would (reading the dataset's listing, not hashing every image), and writes it as <c>features.json</c> for the shards of a sharded extraction.
/// </summary>
internal sealed class FitFeaturesCommand(IAnsiConsole console) : Command<FitFeaturesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, FitFeaturesSettings settings, CancellationToken cancellationToken)
    {
        var seed = settings.SeedValue;
        var specs = FeatureCatalog.Parse(settings.Features);
        if (specs.Count != 1)
        {
            throw new UserInputException($"--features '{settings.Features}' names {specs.Count} pipelines; fit-features fits one, e.g. sift-bovw[k=64] or hog+sift-bovw.");
        }

        if (File.Exists(settings.Out))
        {
            throw new UserInputException($"--out '{settings.Out}' is a file; expected a folder to write {FittedFeaturesFile.FileName} into.");
        }

        var dataset = new DatasetResolver(BuiltInDatasets.Root, DatasetFingerprintKind.Listing).Resolve(settings.Dataset);
        var split = settings.SplitOf(dataset);
        var extractor = new FeatureStore(new ImageStreamer(), seed, settings.OpenCache()).Fit(specs[0], dataset, split);
        var written = ShippedFeatures.Save(settings.Out, extractor, seed, ReferenceImages.Of(dataset, split.Train).Size, dataset.Fingerprint, split.Description);
        foreach (var note in extractor.Notes)
        {
            console.MarkupLine($"note: {Markup.Escape(note)}");
        }

        console.MarkupLine(Markup.Escape($"{extractor.Name}: {extractor.Length} features, fitted on {split.Train.Count} training images ({split.Description})."));
        console.MarkupLine($"Fitted features: [bold]{Markup.Escape(Path.GetFullPath(written))}[/] (pass --model {Markup.Escape(Path.GetFullPath(settings.Out))} to every shard)");
        return 0;
    }
}
