namespace ClassicCv.Reports.Explaining;

/// <summary>What the report shows about why pipelines decide: occlusion maps, the disagreement gallery, HOG glyphs, forest importance.</summary>
public sealed record ReportExplanations
{
    /// <summary>Nothing explained.</summary>
    public static readonly ReportExplanations Empty = new();

    /// <summary>Per pipeline name, the occlusion overlay PNG of each explained test position.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, byte[]>> GalleryMaps { get; init; } = new Dictionary<string, IReadOnlyDictionary<int, byte[]>>();

    /// <summary>Per pipeline name, mean wall milliseconds of one occlusion map.</summary>
    public IReadOnlyDictionary<string, double> MillisecondsPerMap { get; init; } = new Dictionary<string, double>();

    /// <summary>The most accurate classical pipeline of the disagreement gallery, or <c>null</c> when there is none.</summary>
    public string? Classical { get; init; }

    /// <summary>The most accurate deep pipeline (a network, or features from one) of the disagreement gallery, or <c>null</c>.</summary>
    public string? Deep { get; init; }

    /// <summary>Test images where exactly one of <see cref="Classical"/> and <see cref="Deep"/> is right, with both maps.</summary>
    public IReadOnlyList<Disagreement> Disagreements { get; init; } = [];

    /// <summary>HOG glyph pictures, one entry per HOG feature of the run.</summary>
    public IReadOnlyList<HogGlyphs> Glyphs { get; init; } = [];

    /// <summary>Per random-forest-on-HOG pipeline name, its variable importance folded onto the image's cells (PNG).</summary>
    public IReadOnlyDictionary<string, byte[]> ForestImportance { get; init; } = new Dictionary<string, byte[]>();
}
