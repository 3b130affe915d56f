using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Features;

/// <summary>A fitted feature extractor: fixed settings (and any learnt state such as a codebook); immutable.</summary>
public interface IFeatureExtractor
{
    /// <summary>The name the user gave (e.g. <c>hog</c> or <c>hog[cell=4]</c>).</summary>
    string Name { get; }

    /// <summary>Every setting that changes the output, resolved, as one canonical string (part of the cache key).</summary>
    string Settings { get; }

    /// <summary>How images must be decoded for this extractor.</summary>
    ImageReadMode Mode { get; }

    /// <summary>Length of the feature vector.</summary>
    int Length { get; }

    /// <summary>Things the user should know about how the settings were applied (e.g. a fitted window).</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>Creates one thread's worker.</summary>
    IFeatureWorker CreateWorker();
}
