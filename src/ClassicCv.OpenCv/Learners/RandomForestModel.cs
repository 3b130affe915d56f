using System.Text.Json.Nodes;
using ClassicCv.Features;
using ClassicCv.Learning;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// A trained random forest made of one or more OpenCV <c>RTrees</c> (trained in parallel). Every tree votes; the scores
/// are the fractions of trees voting for each class and the label is the most voted class (the lowest class index on
/// ties), as in OpenCV's own prediction. The votes are read from the forests' nodes, because OpenCvSharp does not expose
/// <c>RTrees::getVotes</c>.
/// </summary>
public sealed class RandomForestModel : ISaveableModel
{
    private readonly RTrees[] _forests;
    private readonly Tree[] _trees;

    /// <summary>Wraps trained forests; the model owns and disposes them.</summary>
    /// <param name="forests">The trained native models (at least one).</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="featureCount">Feature vector length.</param>
    public RandomForestModel(IReadOnlyList<RTrees> forests, int classCount, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(forests);
        ArgumentOutOfRangeException.ThrowIfLessThan(forests.Count, 1);
        _forests = forests.ToArray();
        _trees = _forests.SelectMany(forest =>
        {
            var nodes = forest.GetNodes();
            var splits = forest.GetSplits();
            return forest.GetRoots().Select(root => new Tree(root, nodes, splits));
        }).ToArray();
        ClassCount = classCount;
        FeatureCount = featureCount;
    }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Feature vector length.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of trees in all forests.</summary>
    public int TreeCount => _trees.Length;

    /// <inheritdoc />
    public string Kind => "opencv-rtrees";

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static RandomForestModel Load(string directory)
    {
        var meta = ModelFiles.ReadMeta(directory);
        var count = ModelFiles.Int(meta, "forests");
        var forests = new List<RTrees>();
        try
        {
            for (var f = 0; f < count; f++)
            {
                forests.Add(RTrees.Load(ModelFiles.NativePath(directory, f)));
            }

            return new RandomForestModel(forests, ModelFiles.Int(meta, "class_count"), ModelFiles.Int(meta, "feature_count"));
        }
        catch
        {
            forests.ForEach(forest => forest.Dispose());
            throw;
        }
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        for (var f = 0; f < _forests.Length; f++)
        {
            _forests[f].Save(Path.Combine(directory, ModelFiles.NativeFileName(f)));
        }

        ModelFiles.WriteMeta(directory, new JsonObject { ["class_count"] = ClassCount, ["feature_count"] = FeatureCount, ["forests"] = _forests.Length });
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        features.RequireColumns(FeatureCount, nameof(features));

        var labels = new int[features.Rows];
        var scores = new float[features.Rows * ClassCount];
        var share = 1f / _trees.Length;
        Parallel.For(0, features.Rows, () => new int[ClassCount], (r, _, votes) =>
        {
            Array.Clear(votes);
            var row = features.Row(r);
            foreach (var tree in _trees)
            {
                var label = tree.Vote(row);
                if (label >= 0 && label < ClassCount)
                {
                    votes[label]++;
                }
            }

            var best = 0;
            for (var k = 0; k < ClassCount; k++)
            {
                scores[(r * ClassCount) + k] = votes[k] * share;
                best = votes[k] > votes[best] ? k : best;
            }

            labels[r] = best;
            return votes;
        }, _ => { });
        return new Predictions(labels, scores, true);
    }

    /// <summary>OpenCV's own prediction by the first forest (to check that the votes agree with it).</summary>
    /// <param name="features">Rows to predict.</param>
    internal int[] NativeLabels(FeatureMatrix features)
    {
        using var samples = OpenCvData.Samples(features);
        using var results = new Mat();
        _forests[0].Predict(samples, results);
        return OpenCvData.Labels(results);
    }

    /// <summary>
    /// Split importance of every feature: the summed quality (OpenCV's impurity gain measure) of the splits that test
    /// it, over every node of every tree, normalised to sum to 1 (all zeros for a forest of stumps).
    /// </summary>
    public double[] SplitImportance()
    {
        var importance = new double[FeatureCount];
        foreach (var tree in _trees)
        {
            var pending = new Stack<int>();
            pending.Push(tree.Root);
            while (pending.Count > 0)
            {
                var node = tree.Nodes[pending.Pop()];
                if (node.Split < 0)
                {
                    continue;
                }

                var split = tree.Splits[node.Split];
                if (split.VarIdx >= 0 && split.VarIdx < FeatureCount)
                {
                    importance[split.VarIdx] += Math.Max(0, split.Quality);
                }

                foreach (var child in new[] { node.Left, node.Right })
                {
                    if (child >= 0)
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        var total = importance.Sum();
        return total > 0 ? importance.Select(v => v / total).ToArray() : importance;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var forest in _forests)
        {
            forest.Dispose();
        }
    }

    private sealed record Tree(int Root, DTrees.Node[] Nodes, DTrees.Split[] Splits)
    {
        public int Vote(ReadOnlySpan<float> row)
        {
            var node = Nodes[Root];
            while (node.Split >= 0)
            {
                var split = Splits[node.Split];
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

                node = Nodes[next];
            }

            return (int)Math.Round(node.Value);
        }
    }
}
