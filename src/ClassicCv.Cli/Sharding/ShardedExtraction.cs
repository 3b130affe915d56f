using System.Diagnostics;
using System.Globalization;
using ClassicCv.Catalogs;
using ClassicCv.Cli.Commands;
using ClassicCv.Cli.Exporting;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Sharding;
using Spectre.Console;

namespace ClassicCv.Cli.Sharding;

/// <summary>
/// <c>classiccv extract --shard I/N --out DIR/</c>: reads the dataset's listing (no pixels), computes the split over
/// the whole dataset, and extracts only this shard's contiguous range of items into one part file, written atomically.
/// A rerun whose complete part exists does no work. Exit codes: 0 done, 2 configuration error (do not retry), 1 failure worth retrying.
/// </summary>
/// <param name="console">Where progress lines go.</param>
internal sealed class ShardedExtraction(IAnsiConsole console)
{
    /// <summary>True when the options ask for a sharded extraction: <c>--shard</c> or <c>--shards</c>, or an <c>--out</c> folder inside a scheduler's array task.</summary>
    /// <param name="settings">The extract options.</param>
    public static bool Applies(ExtractSettings settings) =>
        settings.Shard is not null || settings.Shards is not null || (ShardFolder.IsFolder(settings.Out) && ShardEnvironment.InEnvironment(Environment.GetEnvironmentVariable));

    /// <summary>Runs this process's shard.</summary>
    /// <param name="settings">The extract options.</param>
    /// <returns>The exit code.</returns>
    public int Run(ExtractSettings settings)
    {
        var startup = ShardFolder.SecondsSinceProcessStart();
        var clock = Stopwatch.StartNew();
        var shard = ShardEnvironment.Resolve(settings.Shard, settings.Shards, Environment.GetEnvironmentVariable);
        var seed = settings.SeedValue;
        var specs = FeatureCatalog.Parse(settings.Features);
        if (specs.Count != 1)
        {
            throw new UserInputException($"--features '{settings.Features}' names {specs.Count} pipelines; a shard extracts one, e.g. hog or hog+color-hist.");
        }

        var spec = specs[0];
        var shipped = settings.Model is null ? null : ShippedFeaturesFor(settings.Model, spec.Name, seed);
        var folder = ShardFolder.Create(settings.Out);
        var dataset = new DatasetResolver(BuiltInDatasets.Root, DatasetFingerprintKind.Listing).Resolve(settings.Dataset);
        var split = settings.SplitOf(dataset);
        if (shipped?.File.DatasetFingerprint is { } fitted && (fitted != dataset.Fingerprint || shipped.File.Split != split.Description))
        {
            throw new UserInputException($"--model '{shipped.Directory}' was fitted on another dataset or split ({shipped.File.Split}); run classiccv fit-features again with this --dataset, --seed and --test-fraction.");
        }

        var ordered = split.Train.Concat(split.Test).Order().ToArray();
        var range = shard.RangeOf(ordered.Length);
        var job = new ShardJob("features", shipped is null ? spec.Name : $"{spec.Name}\n{shipped.File.ExtractorSettings}", dataset.Fingerprint, split.Description, seed, FeatureCache.CodeVersion, shard.Count, ordered.Length);
        var part = Path.Combine(folder, shard.PartFileName);
        if (ShardFolder.IsComplete(part, job, shard, range.Length))
        {
            console.MarkupLine(Markup.Escape($"shard {shard}: {part} is already complete ({range.Length} rows); nothing to do."));
            return 0;
        }

        var listing = clock.Elapsed.TotalSeconds;
        return ShardFolder.RunRetryable(shard, () =>
        {
            var streamer = new ImageStreamer();
            var (width, height) = shipped is null ? ReferenceImages.Of(dataset, split.Train).Size : (shipped.File.ReferenceWidth, shipped.File.ReferenceHeight);
            var context = new FeatureFitContext(dataset, split.Train, width, height, seed, streamer)
            {
                LearningRefused = $"run classiccv fit-features --dataset {settings.Dataset} --features '{spec.Name}' --seed {seed} --test-fraction {settings.TestFraction} --out FOLDER once, then pass --model FOLDER to every shard.",
            };
            var extractor = shipped is null ? spec.Fit(context) : shipped.Restore(spec, context);
            var fit = clock.Elapsed.TotalSeconds;
            var items = range.Of(ordered);
            var extracted = FeatureExtraction.RunAsStore(extractor, dataset, items, streamer);
            var testItems = split.Test.ToHashSet();
            var rows = items.Select(item => ExtractCommand.Describe(dataset, item, testItems.Contains(item))).ToArray();
            var errors = items.Select((_, position) => extracted.Failed.TryGetValue(position, out var failed) ? failed.Reason : null).ToArray();
            var metadata = ExtractCommand.Metadata(seed, dataset, split, extractor);
            foreach (var (key, value) in job.Metadata().Concat(ShardFolder.Metadata(shard, range, extracted.Failed.Count, extracted.Seconds, DatasetFingerprint.Compute(dataset.ClassNames, items.Select(i => dataset.Items[i]).ToArray()))))
            {
                metadata[key] = value;
            }

            metadata[PartMetadata.ReferenceSize] = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
            FeatureParquetWriter.Write(part, rows, extracted.Matrix, metadata, errors);
            var total = clock.Elapsed.TotalSeconds;
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"shard {shard}: items {range.Start}..{range.End - 1} of {ordered.Length} ({items.Length} images, {extracted.Failed.Count} unreadable), {extractor.Length} features each, {extracted.Seconds:F2} s, {items.Length / Math.Max(extracted.Seconds, 1e-9):F0} images/s")));
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"shard {shard} overhead: process start {startup:F2} s, listing and split {listing:F2} s, fit {fit - listing:F2} s, write {total - fit - extracted.Seconds:F2} s")));
            foreach (var (position, failed) in extracted.Failed.OrderBy(pair => pair.Key))
            {
                console.MarkupLine($"[yellow]error row[/] {Markup.Escape(failed.Path)}: {Markup.Escape(failed.Reason)}");
            }

            console.MarkupLine($"Part: [bold]{Markup.Escape(part)}[/]");
        });
    }

    private static ShippedFeatures ShippedFeaturesFor(string model, string features, int seed)
    {
        if (!Directory.Exists(model))
        {
            throw new UserInputException($"--model '{model}' does not exist; expected a folder written by classiccv fit-features or classiccv run --save-models.");
        }

        var shipped = ShippedFeatures.Read(model);
        if (shipped.File.Features != features)
        {
            throw new UserInputException($"--features is '{features}' but --model '{model}' holds '{shipped.File.Features}'; pass --features '{shipped.File.Features}'.");
        }

        return shipped.File.Seed == seed
            ? shipped
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--seed is {seed} but --model '{model}' was fitted with seed {shipped.File.Seed}; pass --seed {shipped.File.Seed}."));
    }
}
