using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Features;
using ClassicCv.OpenCv.Features;
using ClassicCv.Splitting;
using Parquet;
using Parquet.Schema;

namespace ClassicCv.Sharding;

/// <summary>
/// <c>classiccv run --features parquet:DIR</c>: the verified parts of a sharded extraction as the run's dataset and
/// features, so training and evaluation are exactly those of an in-process run (same items, labels, split and values).
/// </summary>
public sealed class ParquetFeatureSource
{
    /// <summary>The prefix of a <c>--features</c> value that names a folder of parts.</summary>
    public const string Prefix = "parquet:";

    private readonly FeatureMatrix _matrix;
    private readonly Dictionary<int, SkippedImage> _failed;
    private readonly string[] _splits;
    private readonly string _split;
    private readonly IFeatureExtractor _extractor;
    private readonly double _seconds;

    private ParquetFeatureSource(ImageDataset dataset, IFeatureExtractorSpec spec, IFeatureExtractor extractor, FeatureMatrix matrix, Dictionary<int, SkippedImage> failed, string[] splits, string split, double seconds)
    {
        Dataset = dataset;
        Spec = spec;
        _extractor = extractor;
        _matrix = matrix;
        _failed = failed;
        _splits = splits;
        _split = split;
        _seconds = seconds;
    }

    /// <summary>The dataset the parts describe (items in part order, with their labels and locations).</summary>
    public ImageDataset Dataset { get; }

    /// <summary>The features' spec (for the pipeline's name).</summary>
    public IFeatureExtractorSpec Spec { get; }

    /// <summary>Opens <c>parquet:DIR</c>, or returns <c>null</c> when <paramref name="features"/> is a feature list.</summary>
    /// <param name="features">The <c>--features</c> value.</param>
    /// <exception cref="UserInputException">The folder is not a verified set of feature parts.</exception>
    public static ParquetFeatureSource? TryOpen(string features)
    {
        if (!features.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.GetFullPath(features[Prefix.Length..]);
        if (!File.Exists(Path.Combine(folder, PartVerifier.SuccessFile)))
        {
            throw new UserInputException($"--features '{features}': '{folder}' has no {PartVerifier.SuccessFile}; run classiccv shards verify {folder} once every shard has finished.");
        }

        var verification = PartVerifier.Verify(folder);
        if (!verification.Succeeded || verification.Parts[0][PartMetadata.Kind] != "features")
        {
            throw new UserInputException($"--features '{features}': {string.Join("; ", verification.Missing.Concat(verification.Mismatched).DefaultIfEmpty("the parts hold predictions, not features"))}.");
        }

        return Read(folder, verification.Parts);
    }

    /// <summary>
    /// Checks that <paramref name="split"/> (the run's, from its --seed and --test-fraction) is the split the parts were
    /// extracted with, item for item.
    /// </summary>
    /// <param name="split">The run's split before any training cap.</param>
    /// <exception cref="UserInputException">It is another split.</exception>
    public void CheckSplit(DataSplit split)
    {
        var test = split.Test.ToHashSet();
        var same = split.Description == _split && split.Train.Count + split.Test.Count == _splits.Length
            && Enumerable.Range(0, _splits.Length).All(i => (_splits[i] == "test") == test.Contains(i));
        if (!same)
        {
            throw new UserInputException($"The parts were extracted with the split '{_split}', but this run's is '{split.Description}'; pass the --seed and --test-fraction the shards were given.");
        }
    }

    /// <summary>Makes <paramref name="store"/> serve the parts' features for the run's split (after any training cap).</summary>
    /// <param name="store">The run's feature store.</param>
    /// <param name="split">The split the run trains and tests on.</param>
    public void Provide(FeatureStore store, DataSplit split)
    {
        var items = Enumerable.Range(0, _matrix.Rows).ToArray();
        var prepared = new PreparedFeatures(Dataset.Fingerprint, _extractor, items, new ExtractedFeatures(_matrix, _failed, _seconds), fromCache: false);
        store.Provide(Spec.Name, Dataset, split, prepared);
    }

    private static ParquetFeatureSource Read(string folder, IReadOnlyList<PartFile> parts)
    {
        var first = parts[0];
        var length = (int)first.Number("classiccv.feature_length");
        var classNames = first["classiccv.class_names"].Split('\n');
        var total = parts.Sum(p => (int)p.Rows);
        var matrix = new FeatureMatrix(total, length);
        var items = new List<DatasetItem>(total);
        var splits = new string[total];
        var failed = new Dictionary<int, SkippedImage>();
        var predefined = first["classiccv.split"] == "predefined by the dataset";
        foreach (var part in parts)
        {
            ReadPart(part.Path, length, matrix, items, splits, failed, predefined).GetAwaiter().GetResult();
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(first[PartMetadata.Listing]));
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\n" + part[PartMetadata.ContentFingerprint]));
        }

        var fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset());
        var dataset = new ImageDataset(first["classiccv.dataset"], first["classiccv.dataset_source"], "parquet-parts", classNames, items, [], fingerprint);
        var seconds = parts.Sum(p => double.TryParse(p[PartMetadata.Seconds], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 0);
        var extractor = new PrecomputedExtractor(first["classiccv.features"], first["classiccv.settings"], length,
            [string.Create(CultureInfo.InvariantCulture, $"{first["classiccv.features"]}: features read from {parts.Count} parts in {folder} ({total} rows, extracted in {seconds:F1} shard-seconds).")]);
        return new ParquetFeatureSource(dataset, FeatureCatalog.ParseOne(first["classiccv.features"]), extractor, matrix, failed, splits, first["classiccv.split"], seconds);
    }

    private static async Task ReadPart(string path, int length, FeatureMatrix matrix, List<DatasetItem> items, string[] splits, Dictionary<int, SkippedImage> failed, bool predefined)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().ToDictionary(field => field.Name, StringComparer.Ordinal);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var ids = await Strings(group, fields["id"], count);
            var paths = await Strings(group, fields["path"], count);
            var roles = await Strings(group, fields["split"], count);
            var errors = await Strings(group, fields["error"], count);
            var labels = new int[count];
            await group.ReadAsync<int>(fields["label"], labels.AsMemory());
            var start = items.Count;
            var values = matrix.Values.Slice(start * length, count * length).ToArray();
            if (count * length > 0)
            {
                await group.ReadRawAsync<float>(fields["element"], values.AsMemory(), new int[count * length].AsMemory(), new int[count * length].AsMemory());
                values.CopyTo(matrix.Values.Slice(start * length, count * length));
            }

            for (var i = 0; i < count; i++)
            {
                splits[start + i] = roles[i] ?? "";
                SplitRole? role = predefined ? (roles[i] == "test" ? SplitRole.Test : SplitRole.Train) : null;
                items.Add(new DatasetItem(ids[i] ?? "", new FileImageLocation(paths[i] ?? ""), labels[i], role));
                if (errors[i] is { } error)
                {
                    failed[start + i] = new SkippedImage(paths[i] ?? "", error);
                }
            }
        }
    }

    private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField field, int count)
    {
        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory()!);
        return values;
    }
}
