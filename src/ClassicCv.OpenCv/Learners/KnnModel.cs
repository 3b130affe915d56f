using System.Text.Json.Nodes;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>A trained OpenCV k-nearest-neighbour model (it keeps the training set); scores are neighbour vote fractions.</summary>
public sealed class KnnModel : ISaveableModel
{
    private readonly KNearest _knn;

    /// <summary>Wraps a trained KNearest; the model owns and disposes it.</summary>
    /// <param name="knn">The trained native model.</param>
    /// <param name="k">Neighbours that vote.</param>
    /// <param name="distance">Distance between feature vectors.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="featureCount">Feature vector length.</param>
    public KnnModel(KNearest knn, int k, KnnDistance distance, int classCount, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(knn);
        _knn = knn;
        K = k;
        Distance = distance;
        ClassCount = classCount;
        FeatureCount = featureCount;
    }

    /// <summary>Neighbours that vote.</summary>
    public int K { get; }

    /// <summary>Distance between feature vectors.</summary>
    public KnnDistance Distance { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Feature vector length.</summary>
    public int FeatureCount { get; }

    /// <inheritdoc />
    public string Kind => "opencv-knn";

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static KnnModel Load(string directory)
    {
        var meta = ModelFiles.ReadMeta(directory);
        var distance = Enum.Parse<KnnDistance>(meta["distance"]!.GetValue<string>(), ignoreCase: true);
        var knn = KNearest.Load(ModelFiles.NativePath(directory));
        return new KnnModel(knn, ModelFiles.Int(meta, "k"), distance, ModelFiles.Int(meta, "class_count"), ModelFiles.Int(meta, "feature_count"));
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        _knn.Save(Path.Combine(directory, ModelFiles.NativeFile));
        ModelFiles.WriteMeta(directory, new JsonObject
        {
            ["class_count"] = ClassCount,
            ["feature_count"] = FeatureCount,
            ["k"] = K,
            ["distance"] = Distance.ToString().ToLowerInvariant(),
        });
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        features.RequireColumns(FeatureCount, nameof(features));

        if (features.Rows == 0)
        {
            return new Predictions([], [], true);
        }

        var query = Distance == KnnDistance.Cosine ? new FittedL2Normalizer(features.Columns).Apply(features) : features;
        using var samples = OpenCvData.Samples(query);
        using var results = new Mat();
        using var neighbours = new Mat();
        _knn.FindNearest(samples, K, results, neighbours);
        var labels = OpenCvData.Labels(results);
        var votes = neighbours.AsSpan<float>();
        var scores = new float[features.Rows * ClassCount];
        var share = 1f / K;
        for (var r = 0; r < features.Rows; r++)
        {
            for (var j = 0; j < K; j++)
            {
                var label = (int)MathF.Round(votes[(r * K) + j]);
                if (label >= 0 && label < ClassCount)
                {
                    scores[(r * ClassCount) + label] += share;
                }
            }
        }

        return new Predictions(labels, scores, true);
    }

    /// <inheritdoc />
    public void Dispose() => _knn.Dispose();
}
