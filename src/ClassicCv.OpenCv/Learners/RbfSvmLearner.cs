using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// <c>rbf-svm</c>: a C-SVC with the RBF kernel exp(−γ‖x − x′‖²), trained by OpenCV's SVM (libsvm's SMO; one-vs-one for
/// several classes). γ defaults to scikit-learn's <c>'scale'</c>: 1 / (features × variance of all training values).
/// Training cost grows roughly with the square of the sample count: above <see cref="LargeTrainingSet"/> examples the
/// learner warns with an estimate of the fit time (a kernel approximation, <c>rff-svm</c>, scales linearly).
/// </summary>
public sealed class RbfSvmLearner : IClassWeightedLearner
{
    /// <summary>Training-set size above which the learner warns about the fit time.</summary>
    public const int LargeTrainingSet = 20_000;

    private readonly Action<string>? _warn;

    /// <summary>Creates the learner.</summary>
    /// <param name="options">The hyperparameters, or <c>null</c> for the defaults of <see cref="RbfSvmOptions"/>.</param>
    /// <param name="warn">Receives the large-training-set warning; may be <c>null</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public RbfSvmLearner(RbfSvmOptions? options = null, Action<string>? warn = null)
    {
        options ??= new RbfSvmOptions();
        options.Validate();
        Options = options;
        _warn = warn;
    }

    /// <summary>The validated hyperparameters.</summary>
    public RbfSvmOptions Options { get; }

    /// <inheritdoc />
    public ClassWeighting? ClassWeighting => Options.ClassWeighting;

    /// <inheritdoc />
    public string Name => "rbf-svm";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["C"] = Options.C.ToString(CultureInfo.InvariantCulture),
        ["gamma"] = Options.Gamma?.ToString(CultureInfo.InvariantCulture) ?? "scale",
        ["tolerance"] = Options.Tolerance.ToString(CultureInfo.InvariantCulture),
        ["backend"] = "OpenCV SVM C-SVC RBF",
    }.Concat(ClassWeighting is null ? [] : [new KeyValuePair<string, string>("class_weight", ClassWeighting.Text)]).ToDictionary();

    /// <summary>scikit-learn's <c>gamma='scale'</c>: 1 / (columns × variance of all values); 1 when the values are constant.</summary>
    /// <param name="features">Training features.</param>
    public static double ScaleGamma(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double sum = 0, squares = 0;
        foreach (var value in features.Values)
        {
            sum += value;
            squares += (double)value * value;
        }

        var n = (double)features.Values.Length;
        var variance = (squares / n) - ((sum / n) * (sum / n));
        return variance > 0 ? 1.0 / (features.Columns * variance) : 1.0;
    }

    /// <summary>
    /// A rough fit-time estimate in seconds for <paramref name="rows"/> × <paramref name="columns"/> features, scaled
    /// quadratically in rows and linearly in columns from a measured 10,000 × 1,296 fit on 2 cores.
    /// </summary>
    public static double EstimateFitSeconds(int rows, int columns) =>
        SecondsPer10kBy1296 * Math.Pow(rows / 10_000.0, 2) * (columns / 1296.0);

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        OpenCvData.Validate(features, labels, classCount);
        if (features.Rows > LargeTrainingSet)
        {
            _warn?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"rbf-svm: {features.Rows} training samples (> {LargeTrainingSet}); kernel SVM training grows ~quadratically, expect roughly {EstimateFitSeconds(features.Rows, features.Columns) / 60:0} min. Use --max-train-per-class N or the kernel approximation rff-svm to go faster."));
        }

        var gamma = Options.Gamma ?? ScaleGamma(features);
        var distinct = labels.Distinct().ToArray();
        if (distinct.Length == 1)
        {
            return new ConstantModel(distinct[0], classCount);
        }

        using var samples = OpenCvData.Samples(features);
        using var responses = OpenCvData.Responses(labels);
        var svm = SVM.Create();
        try
        {
            svm.Type = SVM.Types.CSvc;
            svm.KernelType = SVM.KernelTypes.Rbf;
            svm.C = Options.C;
            svm.Gamma = gamma;
            svm.TermCriteria = new TermCriteria(CriteriaTypes.Eps | CriteriaTypes.MaxIter, int.MaxValue, Options.Tolerance);
            using var classWeights = OpenCvData.PresentClassWeights(ClassWeighting, labels, classCount);
            if (classWeights is not null)
            {
                svm.ClassWeights = classWeights;
            }

            svm.Train(samples, SampleTypes.RowSample, responses);
            return new RbfSvmModel(svm, classCount, features.Columns, gamma, distinct);
        }
        catch
        {
            svm.Dispose();
            throw;
        }
    }

    private const double SecondsPer10kBy1296 = 30;
}
