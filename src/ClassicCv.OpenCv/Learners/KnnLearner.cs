using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// <c>knn</c>: k-nearest neighbours by OpenCV's brute-force <c>KNearest</c>; the class most of the k neighbours hold
/// wins, and the scores are the fraction of neighbours in each class.
/// </summary>
public sealed class KnnLearner : ILearner
{
    /// <summary>Creates the learner.</summary>
    /// <param name="options">The hyperparameters, or <c>null</c> for the defaults of <see cref="KnnOptions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public KnnLearner(KnnOptions? options = null)
    {
        options ??= new KnnOptions();
        options.Validate();
        Options = options;
    }

    /// <summary>The validated hyperparameters.</summary>
    public KnnOptions Options { get; }

    /// <inheritdoc />
    public string Name => "knn";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["k"] = Options.K.ToString(CultureInfo.InvariantCulture),
        ["distance"] = Options.Distance.ToString().ToLowerInvariant(),
        ["backend"] = "OpenCV KNearest brute force",
    };

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        OpenCvData.Validate(features, labels, classCount);
        var training = Options.Distance == KnnDistance.Cosine ? new FittedL2Normalizer(features.Columns).Apply(features) : features;
        using var samples = OpenCvData.Samples(training);
        using var responses = OpenCvData.Responses(labels);
        using var floatResponses = new OpenCvSharp.Mat();
        responses.ConvertTo(floatResponses, OpenCvSharp.MatType.CV_32FC1);
        var knn = KNearest.Create();
        try
        {
            knn.IsClassifier = true;
            knn.DefaultK = Options.K;
            knn.Train(samples, SampleTypes.RowSample, floatResponses);
            return new KnnModel(knn, Math.Min(Options.K, features.Rows), Options.Distance, classCount, features.Columns);
        }
        catch
        {
            knn.Dispose();
            throw;
        }
    }
}
