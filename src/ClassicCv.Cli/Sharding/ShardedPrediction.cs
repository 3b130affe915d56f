using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClassicCv.Cli.Commands;
using ClassicCv.Cli.Exporting;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Sharding;
using Spectre.Console;

namespace ClassicCv.Cli.Sharding;

/// <summary>
/// <c>classiccv predict --model DIR --shard I/N --out DIR/</c>: predicts this shard's contiguous range of the images
/// (in the order given) and writes one part with a row per image; an image that cannot be read is a row with an error,
/// not a failed shard. A rerun whose complete part exists does no work.
/// </summary>
/// <param name="console">Where progress lines go.</param>
internal sealed class ShardedPrediction(IAnsiConsole console)
{
    /// <summary>True when the options ask for a sharded prediction: <c>--shard</c> or <c>--shards</c>, or an <c>--out</c> folder inside a scheduler's array task.</summary>
    /// <param name="settings">The predict options.</param>
    public static bool Applies(PredictSettings settings) =>
        settings.Shard is not null || settings.Shards is not null || (ShardFolder.IsFolder(settings.Out) && ShardEnvironment.InEnvironment(Environment.GetEnvironmentVariable));

    /// <summary>Runs this process's shard.</summary>
    /// <param name="settings">The predict options.</param>
    /// <param name="classifier">The loaded pipeline.</param>
    /// <param name="files">Every image of the job, in order.</param>
    /// <returns>The exit code.</returns>
    public int Run(PredictSettings settings, IDecodedImageClassifier classifier, IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        var shard = ShardEnvironment.Resolve(settings.Shard, settings.Shards, Environment.GetEnvironmentVariable);
        var folder = ShardFolder.Create(settings.Out ?? throw new Errors.UserInputException("--out is required with --shard; expected a folder (e.g. predictions/) shared by every shard."));
        var range = shard.RangeOf(files.Count);
        var job = new ShardJob("predictions", ModelDigest(settings.Model), PathsFingerprint(files), "", 0, FeatureCache.CodeVersion, shard.Count, files.Count);
        var part = Path.Combine(folder, shard.PartFileName);
        if (ShardFolder.IsComplete(part, job, shard, range.Length))
        {
            console.MarkupLine(Markup.Escape($"shard {shard}: {part} is already complete ({range.Length} rows); nothing to do."));
            return 0;
        }

        return ShardFolder.RunRetryable(shard, () =>
        {
            var mine = range.Of(files);
            var items = mine.Select(file => new DatasetItem(file, new FileImageLocation(Path.GetFullPath(file)), 0, null)).ToArray();
            var dataset = new ImageDataset("predict", settings.Model, "files", classifier.ClassNames, items, [], $"predict:{job.Digest}:{shard}");
            var result = classifier.PredictReadable(dataset, Enumerable.Range(0, items.Length).ToArray());
            var rows = new PredictionRow?[items.Length];
            for (var i = 0; i < result.Items.Count; i++)
            {
                var score = result.Predictions.TopScore(i, classifier.ClassNames.Count);
                rows[result.Items[i]] = new PredictionRow(mine[result.Items[i]], classifier.ClassNames[result.Predictions.Labels[i]], float.IsNaN(score) ? null : score, null);
            }

            foreach (var (item, skipped) in result.Failed)
            {
                rows[item] = new PredictionRow(mine[item], null, null, skipped.Reason);
            }

            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["classiccv.model"] = Path.GetFullPath(settings.Model),
                ["classiccv.class_names"] = string.Join('\n', classifier.ClassNames),
                ["classiccv.code_version"] = FeatureCache.CodeVersion,
            };
            var readable = result.Items.Select(i => items[i]).ToArray();
            foreach (var (key, value) in job.Metadata().Concat(ShardFolder.Metadata(shard, range, result.Failed.Count, clock.Elapsed.TotalSeconds, DatasetFingerprint.Compute(classifier.ClassNames, readable))))
            {
                metadata[key] = value;
            }

            PredictionParquetWriter.Write(part, rows.Select(row => row!).ToArray(), metadata);
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"shard {shard}: images {range.Start}..{range.End - 1} of {files.Count} ({items.Length} predicted, {result.Failed.Count} error rows), {clock.Elapsed.TotalSeconds:F2} s")));
            console.MarkupLine($"Part: [bold]{Markup.Escape(part)}[/]");
        });
    }

    /// <summary>A SHA-256 over the job's paths, in order (no file is opened: every shard computes it cheaply).</summary>
    private static string PathsFingerprint(IReadOnlyList<string> files) =>
        "paths:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files.Select(Path.GetFullPath)))));

    /// <summary>A SHA-256 over every file of the saved pipeline folder (names and bytes).</summary>
    private static string ModelDigest(string model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(model, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(model, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return "model:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
