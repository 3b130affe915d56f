namespace ClassicCv.Experiments;

/// <summary>
/// A contender prepared on one dataset and split (what <see cref="IImageClassifierTrainer.Prepare"/> returns): it knows
/// what preparing cost and found, and trains. Training leaves it unchanged; every call returns a new trained contender.
/// </summary>
public interface IPreparedContender
{
    /// <summary>What preparing cost and found (e.g. the images that could not be decoded).</summary>
    Preparation Preparation { get; }

    /// <summary>Learns from the training items of the prepared dataset.</summary>
    /// <param name="trainItems">Indices of the items to learn from: training items of the prepared split (those that decode).</param>
    /// <returns>The trained contender; the caller disposes it.</returns>
    TrainedContender Train(IReadOnlyList<int> trainItems);
}
