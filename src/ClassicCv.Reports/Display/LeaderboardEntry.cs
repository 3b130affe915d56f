using ClassicCv.Experiments;

namespace ClassicCv.Reports.Display;

/// <summary>One leaderboard row as the console and the HTML report show it (formatted once, in <see cref="Leaderboard"/>).</summary>
/// <param name="Rank">1 for the most accurate pipeline.</param>
/// <param name="Pipeline">The pipeline's result.</param>
/// <param name="Accuracy">Accuracy, four decimals.</param>
/// <param name="AccuracyInterval">Its 95% bootstrap interval, e.g. <c>[0.964, 0.984]</c>, or empty.</param>
/// <param name="MacroF1">Macro-averaged F1, four decimals.</param>
/// <param name="MacroF1Interval">Its 95% bootstrap interval, or empty.</param>
/// <param name="BalancedAccuracy">Balanced accuracy, four decimals.</param>
/// <param name="Kappa">Cohen's κ, four decimals.</param>
/// <param name="TopK">Top-k accuracy (with its k when the pipelines differ), or "–".</param>
/// <param name="LogLoss">Log loss, or "–" without scores.</param>
/// <param name="PValue">McNemar's p against the best pipeline (in cv mode the corrected resampled t-test's, against the best mean fold accuracy); "best" for the best one.</param>
/// <param name="ExtractMillisecondsPerImage">Feature extraction per image in ms, or "cached".</param>
/// <param name="TrainSeconds">Training seconds, two decimals.</param>
/// <param name="PredictImagesPerSecond">Test images predicted per second, whole.</param>
/// <param name="FeatureLength">Values per feature vector.</param>
public sealed record LeaderboardEntry(
    int Rank,
    PipelineResult Pipeline,
    DisplayCell Accuracy,
    string AccuracyInterval,
    DisplayCell MacroF1,
    string MacroF1Interval,
    DisplayCell BalancedAccuracy,
    DisplayCell Kappa,
    DisplayCell TopK,
    DisplayCell LogLoss,
    DisplayCell PValue,
    DisplayCell ExtractMillisecondsPerImage,
    DisplayCell TrainSeconds,
    DisplayCell PredictImagesPerSecond,
    DisplayCell FeatureLength);
