using System.Globalization;
using ClassicCv.Learning.Selection;
using ClassicCv.Splitting;

namespace ClassicCv.Experiments.CrossValidation;

/// <summary>
/// Repeated stratified k-fold cross-validation over a set of items: in every repeat each item is tested exactly once,
/// by the fold that did not train on it. The folds are cut by the same <see cref="KFold"/> with a
/// <see cref="StratifiedIndexSampler"/> that a grid search uses; repeat r (from 0) shuffles with seed + r.
/// </summary>
public sealed record CrossValidationProtocol
{
    /// <summary>Creates the protocol.</summary>
    /// <param name="folds">Folds per repeat, ≥ 2 (Weka's default: 10).</param>
    /// <param name="repeats">Repeats, each with its own shuffle, ≥ 1.</param>
    /// <param name="seed">Seed of the first repeat's shuffle.</param>
    public CrossValidationProtocol(int folds, int repeats, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        Folds = folds;
        Repeats = repeats;
        Seed = seed;
    }

    /// <summary>Folds per repeat.</summary>
    public int Folds { get; }

    /// <summary>Repeats.</summary>
    public int Repeats { get; }

    /// <summary>Seed of the first repeat's shuffle.</summary>
    public int Seed { get; }

    /// <summary>How the run describes the protocol, e.g. <c>10-fold stratified cross-validation × 1 repeat, seed 42</c>.</summary>
    public string Description => string.Create(CultureInfo.InvariantCulture, $"{Folds}-fold stratified cross-validation × {Repeats} repeat{(Repeats == 1 ? "" : "s")}, seed {Seed}");

    /// <summary>The seed repeat <paramref name="repeat"/> (from 0) shuffles with.</summary>
    public int SeedOf(int repeat) => unchecked(Seed + repeat);

    /// <summary>Every fold of every repeat, repeat-major: a split whose test part is the fold and whose training part is the rest.</summary>
    /// <param name="items">The items to cross-validate (dataset indices).</param>
    /// <param name="labels">The class of every dataset item, indexed by item.</param>
    /// <param name="groups">The group of every dataset item, indexed by item (<c>null</c> entries are groups of their own), or <c>null</c>: a group never straddles a fold.</param>
    public IReadOnlyList<CrossValidationFold> Splits(IReadOnlyList<int> items, IReadOnlyList<int> labels, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(labels);
        var ordered = items.Order().ToArray();
        var itemLabels = ordered.Select(item => labels[item]).ToArray();
        var itemGroups = groups is null ? null : ordered.Select(item => groups[item]).ToArray();
        var splits = new List<CrossValidationFold>(Folds * Repeats);
        for (var r = 0; r < Repeats; r++)
        {
            var folds = new KFold(new StratifiedIndexSampler(SeedOf(r)), Folds).Split(itemLabels, itemGroups);
            for (var f = 0; f < folds.Count; f++)
            {
                var description = string.Create(CultureInfo.InvariantCulture, $"{Description}: repeat {r + 1} fold {f + 1}");
                var split = new DataSplit(folds[f].Train.Select(p => ordered[p]).ToArray(), folds[f].Validation.Select(p => ordered[p]).ToArray(), description);
                splits.Add(new CrossValidationFold(r, f, split));
            }
        }

        return splits;
    }
}
