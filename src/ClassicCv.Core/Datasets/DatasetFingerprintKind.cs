namespace ClassicCv.Datasets;

/// <summary>What a dataset's fingerprint is computed from.</summary>
public enum DatasetFingerprintKind
{
    /// <summary>The bytes of every image file (reads the whole dataset once).</summary>
    Content,

    /// <summary>
    /// The listing only: class names, item ids, labels, predefined splits and the size of every file; reads no pixels,
    /// so every shard of a job can compute it cheaply and agree on the split.
    /// </summary>
    Listing,
}
