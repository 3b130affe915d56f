namespace ClassicCv.Learning.Selection;

/// <summary>
/// k-fold cross-validation: the examples are cut into k validation sets drawn one after the other by a sampler (a
/// stratified sampler gives stratified k-fold), and each fold trains on the rest.
/// </summary>
public sealed class KFold
{
    private readonly IIndexSampler _sampler;

    /// <summary>Creates the splitter.</summary>
    /// <param name="sampler">Draws each validation set from the examples not yet used for validation.</param>
    /// <param name="folds">Number of folds, ≥ 2.</param>
    public KFold(IIndexSampler sampler, int folds)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        _sampler = sampler;
        Folds = folds;
    }

    /// <summary>Number of folds.</summary>
    public int Folds { get; }

    /// <summary>Cuts examples 0 .. labels.Count − 1 into folds.</summary>
    /// <param name="labels">The class of every example.</param>
    public IReadOnlyList<Fold> Split(IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count < Folds)
        {
            throw new ArgumentException($"{Folds}-fold cross-validation needs at least {Folds} examples, received {labels.Count}.", nameof(labels));
        }

        var remaining = new SortedSet<int>(Enumerable.Range(0, labels.Count));
        var folds = new List<Fold>(Folds);
        for (var f = 0; f < Folds; f++)
        {
            var size = remaining.Count / (Folds - f);
            var validation = _sampler.Sample(labels, remaining.ToArray(), size);
            remaining.ExceptWith(validation);
            var held = validation.ToHashSet();
            var train = Enumerable.Range(0, labels.Count).Where(i => !held.Contains(i)).ToArray();
            folds.Add(new Fold(train, validation));
        }

        return folds;
    }
}
