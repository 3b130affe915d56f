namespace ClassicCv.OpenCv.Features;

/// <summary>Validated settings of an extractor, before it has seen data; fitting yields an <see cref="IFeatureExtractor"/>.</summary>
public interface IFeatureExtractorSpec
{
    /// <summary>The name the user gave (e.g. <c>hog[cell=4]</c>).</summary>
    string Name { get; }

    /// <summary>Resolves defaults that depend on the data and learns any state, from training items only.</summary>
    /// <param name="context">The training items and reference image size.</param>
    IFeatureExtractor Fit(FeatureFitContext context);
}
