using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClassicCv.Sharding;

/// <summary>
/// What every shard of one job must agree on: the kind of part, the features (or model), the listing of the whole
/// input, the split, the seed, the code version and the shard count. Its <see cref="Digest"/> is written into every part.
/// </summary>
/// <param name="Kind"><c>features</c> or <c>predictions</c>.</param>
/// <param name="Settings">The fitted extractor's settings, or the model's digest.</param>
/// <param name="Listing">The listing fingerprint of the whole input.</param>
/// <param name="Split">The split's description (empty for predictions).</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="CodeVersion">The feature code's version.</param>
/// <param name="ShardCount">Number of shards.</param>
/// <param name="Items">Number of items of the whole job.</param>
public sealed record ShardJob(string Kind, string Settings, string Listing, string Split, int Seed, string CodeVersion, int ShardCount, int Items)
{
    /// <summary>A SHA-256 over every field.</summary>
    public string Digest
    {
        get
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{Kind}\n{Settings}\n{Listing}\n{Split}\n{Seed}\n{CodeVersion}\n{ShardCount}\n{Items}");
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }
    }

    /// <summary>The metadata entries that describe the job (each part carries them).</summary>
    public IEnumerable<KeyValuePair<string, string>> Metadata() =>
    [
        new(PartMetadata.Kind, Kind),
        new(PartMetadata.Job, Digest),
        new(PartMetadata.Listing, Listing),
        new(PartMetadata.ShardCount, ShardCount.ToString(CultureInfo.InvariantCulture)),
        new(PartMetadata.JobItems, Items.ToString(CultureInfo.InvariantCulture)),
    ];
}
