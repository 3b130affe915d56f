using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Features;

/// <summary>What an extractor may look at while it is fitted: the training items only.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="TrainItems">Indices of training items.</param>
/// <param name="ReferenceWidth">Width in pixels of the training images' most common size (see <see cref="ReferenceImages"/>).</param>
/// <param name="ReferenceHeight">Height in pixels of the training images' most common size.</param>
/// <param name="Seed">Seed for any sampling.</param>
/// <param name="Streamer">Streams training images, for extractors that learn (e.g. a codebook).</param>
public sealed record FeatureFitContext(ImageDataset Dataset, IReadOnlyList<int> TrainItems, int ReferenceWidth, int ReferenceHeight, int Seed, ImageStreamer Streamer)
{
    /// <summary>The run's feature cache, where learnt state (e.g. a codebook) may be kept; <c>null</c> for none.</summary>
    public FeatureCache? Cache { get; init; }

    /// <summary>
    /// Codebooks of a saved pipeline by the name of the feature that learnt them; an extractor found here takes its
    /// codebook from it instead of learning one (when a saved pipeline is loaded, with no training images). <c>null</c> for none.
    /// </summary>
    public IReadOnlyDictionary<string, Codebook>? SavedCodebooks { get; init; }

    /// <summary>
    /// The canonical settings (<see cref="IFeatureExtractor.Settings"/>) of the saved extractor being re-created, when a
    /// saved pipeline is loaded with no training images; an extractor whose settings depend on the training images
    /// (e.g. the colour histogram's grayscale fallback) takes them from here instead of deciding from zero images.
    /// <c>null</c> when fitting on training images.
    /// </summary>
    public string? SavedSettings { get; init; }

    /// <summary>
    /// Learnt states (PCA, Gaussian mixture, whitening, dictionaries) of a saved pipeline by the name of the feature that
    /// learnt them; an extractor found here takes its state from it instead of learning one. <c>null</c> for none.
    /// </summary>
    public IReadOnlyDictionary<string, FeatureState>? SavedStates { get; init; }

    /// <summary>
    /// When set, an extractor must not learn state from the training images (one shard sees only its own images): it
    /// takes the state from <see cref="SavedCodebooks"/> or refuses. The text says what to run first. <c>null</c> to allow learning.
    /// </summary>
    public string? LearningRefused { get; init; }

    /// <summary>Called by an extractor before it learns state from the training images; throws when learning is refused.</summary>
    /// <param name="feature">The feature's name as the user wrote it.</param>
    /// <param name="state">What it would learn (e.g. <c>a codebook of 64 words</c>).</param>
    /// <exception cref="UserInputException">Learning is refused; the message names the feature and what to run first.</exception>
    public void EnsureMayLearn(string feature, string state)
    {
        if (LearningRefused is { } hint)
        {
            throw new UserInputException($"The feature '{feature}' learns {state} from the training images, which one shard cannot do from its own images; {hint}");
        }
    }
}
