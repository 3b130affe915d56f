namespace ClassicCv.Sharding;

/// <summary>Key/value metadata of a part file beyond what a single-process <c>extract</c> writes.</summary>
public static class PartMetadata
{
    /// <summary><c>features</c> or <c>predictions</c>.</summary>
    public const string Kind = "classiccv.part_kind";

    /// <summary>The job digest every part of one job shares.</summary>
    public const string Job = "classiccv.job";

    /// <summary>Listing fingerprint of the job's whole input.</summary>
    public const string Listing = "classiccv.listing_fingerprint";

    /// <summary>Zero-based shard index.</summary>
    public const string ShardIndex = "classiccv.shard_index";

    /// <summary>Number of shards of the job.</summary>
    public const string ShardCount = "classiccv.shard_count";

    /// <summary>Position of the part's first row among the job's items.</summary>
    public const string ShardStart = "classiccv.shard_start";

    /// <summary>Number of rows of the part.</summary>
    public const string ShardRows = "classiccv.shard_rows";

    /// <summary>Number of items of the whole job.</summary>
    public const string JobItems = "classiccv.job_items";

    /// <summary>Content fingerprint (SHA-256 of the bytes) of the part's own image files.</summary>
    public const string ContentFingerprint = "classiccv.shard_content_fingerprint";

    /// <summary>Number of rows whose image could not be read.</summary>
    public const string ErrorRows = "classiccv.error_rows";

    /// <summary>Seconds the shard spent decoding and extracting (or predicting).</summary>
    public const string Seconds = "classiccv.shard_seconds";

    /// <summary>Reference image size the extractor was fitted for, <c>WxH</c>.</summary>
    public const string ReferenceSize = "classiccv.reference_size";
}
