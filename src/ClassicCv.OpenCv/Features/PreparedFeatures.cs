using ClassicCv.Datasets;
using ClassicCv.Features;

namespace ClassicCv.OpenCv.Features;

/// <summary>A fitted extractor and the features of every item of one split, shared by all classifiers that use them.</summary>
public sealed class PreparedFeatures
{
    private readonly Dictionary<int, int> _rowOfItem;

    /// <summary>Creates the set.</summary>
    /// <param name="datasetFingerprint">Fingerprint of the dataset the rows come from.</param>
    /// <param name="extractor">The fitted extractor.</param>
    /// <param name="items">Item index of every row.</param>
    /// <param name="features">The extracted features.</param>
    /// <param name="fromCache">True when read from the on-disk cache.</param>
    public PreparedFeatures(string datasetFingerprint, IFeatureExtractor extractor, IReadOnlyList<int> items, ExtractedFeatures features, bool fromCache)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(features);
        DatasetFingerprint = datasetFingerprint;
        Extractor = extractor;
        Features = features;
        FromCache = fromCache;
        _rowOfItem = items.Select((item, row) => (item, row)).ToDictionary(p => p.item, p => p.row);
        Failed = features.Failed.ToDictionary(pair => items[pair.Key], pair => pair.Value);
    }

    /// <summary>Fingerprint of the dataset the rows come from.</summary>
    public string DatasetFingerprint { get; }

    /// <summary>The fitted extractor.</summary>
    public IFeatureExtractor Extractor { get; }

    /// <summary>The extracted features and what they cost.</summary>
    public ExtractedFeatures Features { get; }

    /// <summary>True when read from the on-disk cache.</summary>
    public bool FromCache { get; }

    /// <summary>Size of the training images the extractor was fitted for (0×0 when unknown).</summary>
    public (int Width, int Height) ReferenceSize { get; init; }

    /// <summary>Notes about the training images' sizes (e.g. sampled images of another size than the reference), for the run's warnings.</summary>
    public IReadOnlyList<string> ReferenceNotes { get; init; } = [];

    /// <summary>Items (by dataset index) whose image could not be decoded.</summary>
    public IReadOnlyDictionary<int, SkippedImage> Failed { get; }

    /// <summary>True when every given item has a row here.</summary>
    public bool Covers(IEnumerable<int> items) => items.All(_rowOfItem.ContainsKey);

    /// <summary>The rows of the given items, in order.</summary>
    /// <param name="items">Dataset item indices.</param>
    public FeatureMatrix Rows(IReadOnlyList<int> items) =>
        Features.Matrix.SelectRows(items.Select(item => _rowOfItem[item]).ToArray());
}
