namespace ClassicCv.Learning;

/// <summary>What a classifier said about a set of examples.</summary>
/// <param name="Labels">The predicted class of every example.</param>
/// <param name="Scores">Per-class scores, row-major (examples × classes), higher meaning more likely; <c>null</c> when the back end gives none.</param>
/// <param name="ScoresAreProbabilities">True when each row of <paramref name="Scores"/> is a probability distribution.</param>
public sealed record Predictions(int[] Labels, float[]? Scores, bool ScoresAreProbabilities)
{
    /// <summary>The score of the predicted class for example <paramref name="index"/>, or NaN when there are no scores.</summary>
    /// <param name="index">Zero-based example index.</param>
    /// <param name="classCount">Number of classes (row width of <see cref="Scores"/>).</param>
    public float TopScore(int index, int classCount) => Scores is null ? float.NaN : Scores[(index * classCount) + Labels[index]];

    /// <summary>What the classifier said before its scores were calibrated; <c>null</c> when nothing was calibrated.</summary>
    public Predictions? Uncalibrated { get; init; }

    /// <summary>How <see cref="Scores"/> were calibrated (<c>platt</c>, <c>isotonic</c>, <c>temperature</c>); <c>null</c> when they were not.</summary>
    public string? CalibrationMethod { get; init; }
}
