namespace ClassicCv.Learning.Selection;

/// <summary>
/// k-fold cross-validation: the examples are cut into k validation sets drawn one after the other by a sampler (a
/// stratified sampler gives stratified k-fold), and each fold trains on the rest. Given groups, whole groups are dealt
/// to the folds instead (<see cref="Splitting.GroupAssignment"/>, stratified as well as the groups allow, seeded with the
/// sampler's seed when it has one), so no group is ever on both sides of a fold.
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
    /// <param name="groups">The group of every example (<c>null</c> entries are groups of their own), or <c>null</c> to fold by example.</param>
    /// <exception cref="Errors.UserInputException">There are fewer groups than folds.</exception>
    public IReadOnlyList<Fold> Split(IReadOnlyList<int> labels, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count < Folds)
        {
            throw new ArgumentException($"{Folds}-fold cross-validation needs at least {Folds} examples, received {labels.Count}.", nameof(labels));
        }

        if (groups is not null)
        {
            return GroupFolds(labels, groups);
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

    private Fold[] GroupFolds(IReadOnlyList<int> labels, IReadOnlyList<string?> groups)
    {
        var distinct = Splitting.GroupAssignment.Count(groups);
        if (distinct < Folds)
        {
            throw new Errors.UserInputException($"{Folds}-fold cross-validation keeps every group in one fold, but the training images form only {distinct} groups; expected at least {Folds} groups (or fewer folds: --cv-folds, --calibration-folds).");
        }

        var seed = _sampler is StratifiedIndexSampler stratified ? stratified.Seed : 0;
        var parts = Splitting.GroupAssignment.Assign(labels, groups, Enumerable.Repeat(1.0 / Folds, Folds).ToArray(), seed);
        return Enumerable.Range(0, Folds)
            .Select(f => new Fold(Enumerable.Range(0, labels.Count).Where(i => parts[i] != f).ToArray(), Enumerable.Range(0, labels.Count).Where(i => parts[i] == f).ToArray()))
            .ToArray();
    }
}
