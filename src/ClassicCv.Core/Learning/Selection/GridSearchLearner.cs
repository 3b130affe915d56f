using System.Diagnostics;
using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.Learning.Selection;

/// <summary>
/// Grid search: cross-validates every candidate learner (one per grid point) on the training data it is given, picks
/// the highest mean validation accuracy (the first on ties), and refits that candidate on all of it. Folds run in
/// parallel; each fold's model is disposed as soon as it is scored.
/// </summary>
public sealed class GridSearchLearner : IClassWeightedLearner
{
    private readonly IReadOnlyList<ILearner> _candidates;
    private readonly KFold _folds;
    private readonly int _parallelism;

    /// <summary>Creates the search.</summary>
    /// <param name="candidates">One learner per grid point, all with the same name; at least one.</param>
    /// <param name="folds">The cross-validation splitter (e.g. a k-fold with a stratified sampler).</param>
    /// <param name="parallelism">Folds trained at once, ≥ 1 (1 for back ends that are parallel themselves).</param>
    public GridSearchLearner(IReadOnlyList<ILearner> candidates, KFold folds, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        if (candidates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            throw new ArgumentException("Every grid point must be the same learner.", nameof(candidates));
        }

        _candidates = candidates;
        _folds = folds;
        _parallelism = parallelism;
    }

    /// <inheritdoc />
    public string Name => _candidates[0].Name;

    /// <summary>The class weighting every grid point shares (a grid never varies it), or <c>null</c>.</summary>
    public ClassWeighting? ClassWeighting => (_candidates[0] as IClassWeightedLearner)?.ClassWeighting;

    /// <summary>One learner per grid point, in grid order (<see cref="ModelSelectionResult.BestIndex"/> indexes it).</summary>
    public IReadOnlyList<ILearner> Candidates => _candidates;

    /// <summary>The grid: for every hyperparameter, its values separated by <c>|</c>.</summary>
    public IReadOnlyDictionary<string, string> Hyperparameters
    {
        get
        {
            var grid = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in _candidates[0].Hyperparameters.Keys)
            {
                grid[key] = string.Join("|", _candidates.Select(c => c.Hyperparameters.GetValueOrDefault(key, "")).Distinct(StringComparer.Ordinal));
            }

            grid["cv"] = string.Create(CultureInfo.InvariantCulture, $"{_folds.Folds}-fold stratified");
            return grid;
        }
    }

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount) => Learn(features, labels, classCount, null);

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, IReadOnlyList<string?>? groups)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var clock = Stopwatch.StartNew();
        var folds = _folds.Split(labels, groups);
        var accuracies = new double[_candidates.Count, folds.Count];
        var jobs = Enumerable.Range(0, _candidates.Count).SelectMany(c => Enumerable.Range(0, folds.Count).Select(f => (c, f))).ToArray();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, job =>
        {
            var fold = folds[job.f];
            var train = features.SelectRows(fold.Train);
            var trainLabels = fold.Train.Select(i => labels[i]).ToArray();
            using var model = _candidates[job.c].Learn(train, trainLabels, classCount);
            var predicted = model.Predict(features.SelectRows(fold.Validation)).Labels;
            var correct = fold.Validation.Where((item, i) => predicted[i] == labels[item]).Count();
            accuracies[job.c, job.f] = (double)correct / fold.Validation.Length;
        });

        var varying = VaryingKeys();
        var points = _candidates
            .Select((candidate, c) => new GridPointResult(
                candidate.Hyperparameters.Where(p => varying.Contains(p.Key)).ToDictionary(),
                Enumerable.Range(0, folds.Count).Select(f => accuracies[c, f]).ToArray()))
            .ToArray();
        var best = 0;
        for (var c = 1; c < points.Length; c++)
        {
            if (points[c].MeanAccuracy > points[best].MeanAccuracy)
            {
                best = c;
            }
        }

        var selection = new ModelSelectionResult(folds.Count, points, best, clock.Elapsed.TotalSeconds);
        return new SelectedModel(_candidates[best].Learn(features, labels, classCount), selection);
    }

    private HashSet<string> VaryingKeys() =>
        _candidates[0].Hyperparameters.Keys
            .Where(key => _candidates.Select(c => c.Hyperparameters.GetValueOrDefault(key, "")).Distinct(StringComparer.Ordinal).Count() > 1 || _candidates.Count == 1)
            .ToHashSet(StringComparer.Ordinal);
}
