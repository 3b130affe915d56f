using ClassicCv.Errors;
using ClassicCv.Learning;
using ClassicCv.MlNet.Calibration;

namespace ClassicCv.Cli.Catalogs;

/// <summary>The one table of calibration methods (<c>--calibration</c>) and which learners' scores need one.</summary>
internal static class CalibrationCatalog
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

    /// <summary>Wraps every margin learner in a <see cref="CalibratedLearner"/> (learners that give probabilities are left alone).</summary>
    /// <param name="learners">The run's learners.</param>
    /// <param name="method">The <c>--calibration</c> text.</param>
    /// <param name="folds">Cross-fitting folds.</param>
    /// <param name="seed">The run's seed.</param>
    public static IReadOnlyList<ILearner> Wrap(IReadOnlyList<ILearner> learners, string method, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(learners);
        if (!Methods.TryGetValue(method.Trim(), out var chosen))
        {
            throw new UserInputException($"--calibration is '{method}'; expected one of: {string.Join(", ", Methods.Keys)}.");
        }

        return chosen is not { } m ? learners : learners.Select(l => MarginLearners.Contains(l.Name) ? new CalibratedLearner(l, m, folds, seed) : l).ToArray();
    }
}
