using ClassicCv.Features;

namespace ClassicCv.OpenCv.Features;

/// <summary>Keeps a <see cref="FeatureState"/> in the feature cache as one row of its arrays side by side, in a fixed layout.</summary>
public static class FeatureStateCache
{
    /// <summary>Reads a state written by <see cref="Save"/> with the same layout, or returns <c>null</c>.</summary>
    /// <param name="cache">The cache, or <c>null</c> for none.</param>
    /// <param name="key">The cache key.</param>
    /// <param name="kind">The state's kind.</param>
    /// <param name="layout">Each array's name and length, in order.</param>
    public static FeatureState? TryLoad(FeatureCache? cache, string key, string kind, IReadOnlyList<(string Name, int Length)> layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (cache?.TryLoad(key, 1, layout.Sum(part => part.Length)) is not { } cached)
        {
            return null;
        }

        var arrays = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var (name, length) in layout)
        {
            arrays[name] = cached.Matrix.Values.Slice(offset, length).ToArray();
            offset += length;
        }

        return new FeatureState(kind, arrays);
    }

    /// <summary>Writes <paramref name="state"/> (arrays in <paramref name="layout"/>'s order); a failure to write is not an error.</summary>
    /// <param name="cache">The cache, or <c>null</c> for none.</param>
    /// <param name="key">The cache key.</param>
    /// <param name="state">The learnt state.</param>
    /// <param name="layout">Each array's name and length, in order.</param>
    public static void Save(FeatureCache? cache, string key, FeatureState state, IReadOnlyList<(string Name, int Length)> layout)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(layout);
        if (cache is null)
        {
            return;
        }

        var values = layout.SelectMany(part => state.Require(part.Name, part.Length)).ToArray();
        cache.TrySave(key, new ExtractedFeatures(new FeatureMatrix(1, values.Length, values), new Dictionary<int, Datasets.SkippedImage>(), 0));
    }
}
