using System.Text.Json.Nodes;
using ClassicCv.Features;
using ClassicCv.Learning;

namespace ClassicCv.OpenCv.Learners;

/// <summary>What a learner returns when the training labels hold a single class: that class, with probability 1.</summary>
public sealed class ConstantModel : ISaveableModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="label">The only class seen in training.</param>
    /// <param name="classCount">Number of classes.</param>
    public ConstantModel(int label, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(label);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(label, classCount);
        Label = label;
        ClassCount = classCount;
    }

    /// <summary>The class always predicted.</summary>
    public int Label { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <inheritdoc />
    public string Kind => "constant";

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static ConstantModel Load(string directory)
    {
        var meta = ModelFiles.ReadMeta(directory);
        return new ConstantModel(ModelFiles.Int(meta, "label"), ModelFiles.Int(meta, "class_count"));
    }

    /// <inheritdoc />
    public void Save(string directory) =>
        ModelFiles.WriteMeta(directory, new JsonObject { ["class_count"] = ClassCount, ["label"] = Label });

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var scores = new float[features.Rows * ClassCount];
        for (var r = 0; r < features.Rows; r++)
        {
            scores[(r * ClassCount) + Label] = 1f;
        }

        return new Predictions(Enumerable.Repeat(Label, features.Rows).ToArray(), scores, true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
