using ClassicCv.Errors;
using ClassicCv.Splitting;

namespace ClassicCv.Torch.Training;

/// <summary>
/// Splits a network's training items into the part it fits and a stratified, seeded validation part for early stopping;
/// with groups, every group stays on one side, as in every other split and fold.
/// </summary>
internal static class ValidationHoldOut
{
    /// <summary>Positions (into <paramref name="labels"/>) to fit and to validate on.</summary>
    /// <param name="labels">The training items' labels.</param>
    /// <param name="share">Share held out, in [0, 0.5]; 0 = no validation part.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="network">The network's name, for the message.</param>
    /// <param name="groups">The training items' groups (<c>null</c> entries are groups of their own), or <c>null</c>.</param>
    /// <exception cref="UserInputException">A class has fewer than 2 training images.</exception>
    public static (int[] Fit, int[] Validation) Split(long[] labels, double share, int seed, string network, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (share <= 0)
        {
            return (Enumerable.Range(0, labels.Length).ToArray(), []);
        }

        var smallest = labels.GroupBy(l => l).Min(g => g.Count());
        if (smallest < 2)
        {
            throw new UserInputException($"The {network} cannot hold out a validation part: a class has {smallest} training image(s); give each class at least 2, or set validation=0 to train without early stopping.");
        }

        var split = new StratifiedHoldOut(share, seed).Split(labels.Select(l => (int)l).ToArray(), groups);
        return (split.Train.ToArray(), split.Test.ToArray());
    }
}
