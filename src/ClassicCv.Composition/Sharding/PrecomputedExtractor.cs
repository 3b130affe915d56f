using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Sharding;

/// <summary>
/// The extractor of features read from the parts of a sharded extraction: its name, settings and length are the parts';
/// every image of the run already has its row, so it never extracts (asking it to is a programming error).
/// </summary>
/// <param name="Name">The features' name as extracted (e.g. <c>hog+color-hist</c>).</param>
/// <param name="Settings">The fitted extractor's settings recorded in the parts.</param>
/// <param name="Length">Length of the feature vector.</param>
/// <param name="Notes">Where the features came from.</param>
public sealed record PrecomputedExtractor(string Name, string Settings, int Length, IReadOnlyList<string> Notes) : IFeatureExtractor
{
    /// <inheritdoc />
    public ImageReadMode Mode => ImageReadMode.Color;

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() =>
        throw new InvalidOperationException($"The features '{Name}' were read from parts; this run has the rows of every image and extracts none.");
}
