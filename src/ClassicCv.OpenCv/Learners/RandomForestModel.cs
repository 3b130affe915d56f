using System.Text.Json.Nodes;
using ClassicCv.Features;
using ClassicCv.Learning;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// A trained OpenCV random forest. Labels come from OpenCV's own prediction; per-class scores are the fractions of
/// trees voting for each class, read from the forest's nodes (OpenCvSharp does not expose <c>RTrees::getVotes</c>).
/// </summary>
public sealed class RandomForestModel : ISaveableModel
{
    private readonly RTrees _forest;
    private readonly int[] _roots;
    private readonly DTrees.Node[] _nodes;
    private readonly DTrees.Split[] _splits;

    /// <summary>Wraps a trained forest; the model owns and disposes it.</summary>
    /// <param name="forest">The trained native model.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="featureCount">Feature vector length.</param>
    public RandomForestModel(RTrees forest, int classCount, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(forest);
        _forest = forest;
        _roots = forest.GetRoots();
        _nodes = forest.GetNodes();
        _splits = forest.GetSplits();
        ClassCount = classCount;
        FeatureCount = featureCount;
    }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Feature vector length.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of trees in the forest.</summary>
    public int TreeCount => _roots.Length;

    /// <inheritdoc />
    public string Kind => "opencv-rtrees";

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static RandomForestModel Load(string directory)
    {
        var meta = ModelFiles.ReadMeta(directory);
        var forest = RTrees.Load(ModelFiles.NativePath(directory));
        return new RandomForestModel(forest, ModelFiles.Int(meta, "class_count"), ModelFiles.Int(meta, "feature_count"));
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        _forest.Save(Path.Combine(directory, ModelFiles.NativeFile));
        ModelFiles.WriteMeta(directory, new JsonObject { ["class_count"] = ClassCount, ["feature_count"] = FeatureCount });
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != FeatureCount)
        {
            throw new ArgumentException($"The model expects {FeatureCount} features, received {features.Columns}.", nameof(features));
        }

        if (features.Rows == 0)
        {
            return new Predictions([], [], true);
        }

        int[] labels;
        using (var samples = OpenCvData.Samples(features))
        using (var results = new Mat())
        {
            _forest.Predict(samples, results);
            labels = OpenCvData.Labels(results);
        }

        var scores = new float[features.Rows * ClassCount];
        var share = 1f / _roots.Length;
        Parallel.For(0, features.Rows, r =>
        {
            var row = features.Row(r);
            var output = scores.AsSpan(r * ClassCount, ClassCount);
            foreach (var root in _roots)
            {
                var label = (int)Math.Round(Leaf(root, row).Value);
                if (label >= 0 && label < ClassCount)
                {
                    output[label] += share;
                }
            }
        });
        return new Predictions(labels, scores, true);
    }

    /// <inheritdoc />
    public void Dispose() => _forest.Dispose();

    private DTrees.Node Leaf(int root, ReadOnlySpan<float> row)
    {
        var node = _nodes[root];
        while (node.Split >= 0)
        {
            var split = _splits[node.Split];
            var direction = row[split.VarIdx] <= split.C ? -1 : 1;
            if (split.Inversed != 0)
            {
                direction = -direction;
            }

            var next = direction < 0 ? node.Left : node.Right;
            if (next < 0)
            {
                break;
            }

            node = _nodes[next];
        }

        return node;
    }
}
