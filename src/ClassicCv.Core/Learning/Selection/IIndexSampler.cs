namespace ClassicCv.Learning.Selection;

/// <summary>Picks a subset of example indices (e.g. one cross-validation fold).</summary>
public interface IIndexSampler
{
    /// <summary>Picks <paramref name="count"/> of <paramref name="candidates"/>.</summary>
    /// <param name="labels">The class of every example, indexed by example.</param>
    /// <param name="candidates">The example indices to choose from.</param>
    /// <param name="count">How many to pick, 0 .. candidates.</param>
    int[] Sample(IReadOnlyList<int> labels, IReadOnlyList<int> candidates, int count);
}
