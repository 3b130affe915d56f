namespace ClassicCv.Learning.Weighting;

/// <summary>A learner that can weight the classes of its training examples (and wrappers that pass the weighting on).</summary>
public interface IClassWeightedLearner : ILearner
{
    /// <summary>The weighting it trains with, or <c>null</c> when every example counts the same.</summary>
    ClassWeighting? ClassWeighting { get; }
}
