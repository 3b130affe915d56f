namespace ClassicCv.Evaluation.Ranking;

/// <summary>One class against the rest: its ROC and precision–recall curves and their summaries.</summary>
/// <param name="Class">The class index.</param>
/// <param name="Positives">Test examples of the class.</param>
/// <param name="RocAuc">Area under the ROC curve (trapezoids; ties count half), or NaN when the class has no positives or no negatives.</param>
/// <param name="AveragePrecision">Σ_n (R_n − R_{n−1}) P_n over score thresholds, as scikit-learn's <c>average_precision_score</c>; NaN without positives.</param>
/// <param name="Roc">ROC points from (0, 0) to (1, 1), one per distinct score.</param>
/// <param name="PrecisionRecall">Precision–recall points in order of decreasing threshold, starting at recall 0, precision 1.</param>
public sealed record ClassCurves(int Class, int Positives, double RocAuc, double AveragePrecision, IReadOnlyList<CurvePoint> Roc, IReadOnlyList<CurvePoint> PrecisionRecall);
