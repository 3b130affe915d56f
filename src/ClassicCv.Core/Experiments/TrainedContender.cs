using System.Collections.ObjectModel;

namespace ClassicCv.Experiments;

/// <summary>
/// What training a contender returns: the trained classifier and the contender's settings with everything training
/// resolved (e.g. the extractor's fitted settings, the epochs a network ran, its model file). Immutable; disposing it
/// disposes the classifier.
/// </summary>
public sealed class TrainedContender : IDisposable
{
    /// <summary>Creates the trained contender.</summary>
    /// <param name="classifier">The trained classifier; owned by this instance.</param>
    /// <param name="settings">The settings as name=value pairs, in report order; copied.</param>
    public TrainedContender(IImageClassifier classifier, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(settings);
        Classifier = classifier;
        Settings = new ReadOnlyDictionary<string, string>(settings.ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The trained classifier.</summary>
    public IImageClassifier Classifier { get; }

    /// <summary>The contender's settings, with what training resolved.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <inheritdoc />
    public void Dispose() => Classifier.Dispose();
}
