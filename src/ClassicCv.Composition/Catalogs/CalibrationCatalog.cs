using ClassicCv.Errors;
using ClassicCv.Learning;
using ClassicCv.MlNet.Calibration;

namespace ClassicCv.Catalogs;

/// <summary>The one table of calibration methods (<c>--calibration</c>) and which learners' scores need one.</summary>
public static class CalibrationCatalog
{
    /// <summary>Learners whose scores are margins or decision values, not probabilities.</summary>
    public static readonly IReadOnlySet<string> MarginLearners = new HashSet<string>(StringComparer.Ordinal) { "linear-svm", "rbf-svm", "rff-svm" };

    private static readonly IReadOnlyDictionary<string, CalibrationMethod?> Methods = new Dictionary<string, CalibrationMethod?>(StringComparer.OrdinalIgnoreCase)
    {
        ["platt"] = CalibrationMethod.Platt,
        ["isotonic"] = CalibrationMethod.Isotonic,
        ["multinomial"] = CalibrationMethod.Multinomial,
        ["temperature"] = CalibrationMethod.Temperature,
        ["none"] = null,
    };

    /// <summary>
    /// Folds of <c>--calibration-folds auto</c>: 2 for the linear learners (a model trained on half the split scores like
    /// the final one; Fashion-MNIST and digits met ECE ≤ 0.02), 5 for <c>rbf-svm</c> (its scores change more with the
    /// training size: multinomial ECE 0.0303 on 2 folds, 0.0188 on 5, Fashion-MNIST 500 per class; docs/explanations.md).
    /// </summary>
    /// <param name="learner">The learner's name, e.g. <c>rbf-svm</c>.</param>
    public static int AutoFolds(string learner) => learner == "rbf-svm" ? 5 : 2;

    /// <summary>Wraps every margin learner in a <see cref="CalibratedLearner"/> (learners that give probabilities are left alone).</summary>
    /// <param name="learners">The run's learners.</param>
    /// <param name="method">The <c>--calibration</c> text.</param>
    /// <param name="folds">Cross-fitting folds, or <c>null</c> for each learner's <see cref="AutoFolds"/>.</param>
    /// <param name="seed">The run's seed.</param>
    public static IReadOnlyList<ILearner> Wrap(IReadOnlyList<ILearner> learners, string method, int? folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(learners);
        if (!Methods.TryGetValue(method.Trim(), out var chosen))
        {
            throw new UserInputException($"--calibration is '{method}'; expected one of: {string.Join(", ", Methods.Keys)}.");
        }

        return chosen is not { } m ? learners : learners.Select(l => MarginLearners.Contains(l.Name) ? new CalibratedLearner(l, m, folds ?? AutoFolds(l.Name), seed) : l).ToArray();
    }
}
