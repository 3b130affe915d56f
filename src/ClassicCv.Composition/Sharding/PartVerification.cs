namespace ClassicCv.Sharding;

/// <summary>What <see cref="PartVerifier"/> found.</summary>
/// <param name="Parts">The readable parts, by shard index.</param>
/// <param name="Missing">Parts missing, unreadable or truncated: rerunning their shards mends them.</param>
/// <param name="Mismatched">Parts that disagree (different jobs in one folder): a configuration problem.</param>
public sealed record PartVerification(IReadOnlyList<PartFile> Parts, IReadOnlyList<string> Missing, IReadOnlyList<string> Mismatched)
{
    /// <summary>True when every part is there, readable and in agreement.</summary>
    public bool Succeeded => Missing.Count == 0 && Mismatched.Count == 0;
}
