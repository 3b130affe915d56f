namespace ClassicCv.OpenCv.Features;

/// <summary>An extractor whose learnt state (see <see cref="FeatureState"/>) is saved with a trained pipeline.</summary>
public interface IStatefulExtractor : IFeatureExtractor
{
    /// <summary>The learnt state.</summary>
    FeatureState State { get; }
}
