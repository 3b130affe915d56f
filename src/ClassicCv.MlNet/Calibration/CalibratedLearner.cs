using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// Turns a learner's scores (margins, decision values) into probabilities: the learner is cross-fitted on k stratified
/// folds of the training data it is given (<see cref="CrossFitting"/>), every training example is scored by the model
/// that did not see it, and the calibrator of <see cref="Method"/> is fitted on those held-out scores
/// (<see cref="CalibratorFitter"/>); the learner trained on all of the data gives the predictions, and its scores pass
/// through the calibrator. Only training data ever reaches the calibrator.
/// </summary>
public sealed class CalibratedLearner : IClassWeightedLearner
{
    private readonly ILearner _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">A learner whose models give per-class scores.</param>
    /// <param name="method">Temperature, multinomial, Platt scaling or isotonic regression.</param>
    /// <param name="folds">Cross-fitting folds, ≥ 2 (<c>classiccv run</c>'s default: 2).</param>
    /// <param name="seed">Seed of the folds and of ML.NET's calibrator context.</param>
    public CalibratedLearner(ILearner inner, CalibrationMethod method, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        _inner = inner;
        Method = method;
        Folds = folds;
        Seed = seed;
    }

    /// <summary>How scores are calibrated.</summary>
    public CalibrationMethod Method { get; }

    /// <summary>Cross-fitting folds.</summary>
    public int Folds { get; }

    /// <summary>Seed of the folds and the calibrators.</summary>
    public int Seed { get; }

    /// <summary>Observes every row the cross-fitted models score while calibrating (row indices into the training features); for tests.</summary>
    public Action<IReadOnlyList<int>>? HeldOutScored { get; init; }

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <summary>The inner learner's class weighting (the calibrator itself is fitted unweighted and never changes a prediction).</summary>
    public ClassWeighting? ClassWeighting => (_inner as IClassWeightedLearner)?.ClassWeighting;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters =>
        _inner.Hyperparameters
            .Append(new("calibration", Method.ToString().ToLowerInvariant()))
            .Append(new("calibration_folds", Folds.ToString(CultureInfo.InvariantCulture)))
            .ToDictionary();

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount) => Learn(features, labels, classCount, null);

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, IReadOnlyList<string?>? groups)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var final = _inner.Learn(features, labels, classCount, groups);
        try
        {
            var smallest = labels.GroupBy(l => l).Min(g => g.Count());
            var groupCount = groups is null ? (int?)null : Splitting.GroupAssignment.Count(groups);
            if (smallest < Folds || groupCount < Folds)
            {
                // Too few examples of a class (or too few groups) to hold some out in every fold: keep the model's own scores.
                return final;
            }

            // A grid search is cross-fitted with the learner it chose, not searched again in every fold.
            var learner = _inner is GridSearchLearner grid && FindSelection(final) is { } selection ? grid.Candidates[selection.BestIndex] : _inner;
            var heldOut = CrossFitting.HeldOutScores(learner, features, labels, classCount, Folds, Seed, HeldOutScored, groups);
            return heldOut is null ? final : new CalibratedModel(final, CalibratorFitter.Fit(Method, heldOut, labels, classCount, Seed));
        }
        catch
        {
            final.Dispose();
            throw;
        }
    }

    private static ModelSelectionResult? FindSelection(IClassifierModel model) => model switch
    {
        SelectedModel selected => selected.Selection,
        _ => null,
    };
}
