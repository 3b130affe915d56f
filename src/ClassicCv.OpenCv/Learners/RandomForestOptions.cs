using ClassicCv.Configuration;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// Hyperparameters of <see cref="RandomForestLearner"/>; text form
/// <c>random-forest[trees=100,depth=16,features=sqrt,min-samples=2,class-weight=...]</c>. The defaults are what
/// <c>random-forest</c> gives.
/// </summary>
public sealed record RandomForestOptions
{
    /// <summary>Allowed <see cref="Trees"/> values.</summary>
    public static IntRange TreesRange { get; } = new(1, 10_000);

    /// <summary>Allowed <see cref="MaxDepth"/> values (OpenCV's ceiling is <see cref="RandomForestLearner.MaxAllowedDepth"/>).</summary>
    public static IntRange MaxDepthRange { get; } = new(1, RandomForestLearner.MaxAllowedDepth);

    /// <summary>Allowed <see cref="MinSamplesSplit"/> values.</summary>
    public static IntRange MinSamplesSplitRange { get; } = new(1);

    /// <summary>Number of trees, 1–10000 (default 100).</summary>
    public int Trees { get; init; } = 100;

    /// <summary>Maximum tree depth, 1–25 (default <see cref="RandomForestLearner.DefaultDepth"/>, 16); text <c>depth</c>.</summary>
    public int MaxDepth { get; init; } = RandomForestLearner.DefaultDepth;

    /// <summary>Features tried at each split, ≥ 1, or 0 (default) for √(feature count); text <c>features</c> (<c>sqrt</c> for 0).</summary>
    public int FeaturesPerSplit { get; init; }

    /// <summary>A node with fewer samples is not split, ≥ 1 (default 2, as scikit-learn); text <c>min-samples</c>.</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Seed of the bootstrap samples and feature subsets (default 42, a run's default seed; a run passes its own).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Weights of the classes, given to OpenCV as the trees' <c>Priors</c>, or <c>null</c> (default) for none; text <c>class-weight</c>.</summary>
    public ClassWeighting? ClassWeighting { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        TreesRange.Check(Trees, "RandomForestOptions.Trees");
        MaxDepthRange.Check(MaxDepth, "RandomForestOptions.MaxDepth");
        new IntRange(0).Check(FeaturesPerSplit, "RandomForestOptions.FeaturesPerSplit");
        MinSamplesSplitRange.Check(MinSamplesSplit, "RandomForestOptions.MinSamplesSplit");
    }
}
