using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// Held-out scores of a training split: the learner is trained on k − 1 of k stratified folds and scores the fold it
/// did not see, so every training example gets scores from a model that never saw it (the folds run in parallel).
/// </summary>
public static class CrossFitting
{
    /// <summary>The held-out scores of every example, or <c>null</c> when a fold's model gives no scores.</summary>
    /// <param name="learner">The learner.</param>
    /// <param name="features">Training features.</param>
    /// <param name="labels">Their classes.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="folds">Number of folds, ≥ 2.</param>
    /// <param name="seed">Seed of the stratified folds.</param>
    /// <param name="scored">Observes every fold's held-out rows as they are scored (for tests), or <c>null</c>.</param>
    /// <param name="groups">The group of every example, kept in one fold (<c>null</c> entries are groups of their own), or <c>null</c>.</param>
    /// <returns>Row-major examples × classes.</returns>
    public static float[]? HeldOutScores(ILearner learner, FeatureMatrix features, IReadOnlyList<int> labels, int classCount, int folds, int seed, Action<IReadOnlyList<int>>? scored = null, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var split = new KFold(new StratifiedIndexSampler(seed), folds).Split(labels, groups);
        var heldOut = new float[labels.Count * classCount];
        var missing = 0;
        Parallel.ForEach(split, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(folds, Environment.ProcessorCount) }, fold =>
        {
            using var model = learner.Learn(features.SelectRows(fold.Train), fold.Train.Select(i => labels[i]).ToArray(), classCount, groups is null ? null : fold.Train.Select(i => groups[i]).ToArray());
            scored?.Invoke(fold.Validation);
            var predictions = model.Predict(features.SelectRows(fold.Validation));
            if (predictions.Scores is not { } scores || scores.Length != fold.Validation.Length * classCount)
            {
                Interlocked.Increment(ref missing);
                return;
            }

            for (var v = 0; v < fold.Validation.Length; v++)
            {
                scores.AsSpan(v * classCount, classCount).CopyTo(heldOut.AsSpan(fold.Validation[v] * classCount, classCount));
            }
        });
        return missing == 0 ? heldOut : null;
    }
}
