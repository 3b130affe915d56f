using System.Text.Json;
using ClassicCv.Errors;
using ClassicCv.Features;
using ClassicCv.Learning;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// A linear multiclass model: score_k(x) = w_k · x + b_k, predicting the highest score. With
/// <see cref="Softmax"/> the scores are turned into probabilities.
/// </summary>
public sealed class LinearModel : ISaveableModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="weights">Class-major weights: <paramref name="classCount"/> rows of <paramref name="featureCount"/>.</param>
    /// <param name="biases">One bias per class.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="featureCount">Feature vector length.</param>
    /// <param name="softmax">True when scores are logits of a probability model.</param>
    public LinearModel(float[] weights, float[] biases, int classCount, int featureCount, bool softmax)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length != classCount * featureCount || biases.Length != classCount)
        {
            throw new ArgumentException($"Expected {classCount}×{featureCount} weights and {classCount} biases, received {weights.Length} and {biases.Length}.", nameof(weights));
        }

        Weights = weights;
        Biases = biases;
        ClassCount = classCount;
        FeatureCount = featureCount;
        Softmax = softmax;
    }

    /// <summary>Class-major weights.</summary>
    public float[] Weights { get; }

    /// <summary>One bias per class.</summary>
    public float[] Biases { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Feature vector length.</summary>
    public int FeatureCount { get; }

    /// <summary>True when scores are turned into probabilities with a softmax.</summary>
    public bool Softmax { get; }

    /// <inheritdoc />
    public string Kind => "linear";

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static LinearModel Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new UserInputException($"Saved model '{directory}' has no {FileName}; expected a folder written by classiccv run --save-models.");
        }

        var file = JsonSerializer.Deserialize<LinearModelFile>(File.ReadAllText(path), JsonOptions)
            ?? throw new UserInputException($"'{path}' is empty; expected a linear model.");
        return new LinearModel(file.Weights, file.Biases, file.ClassCount, file.FeatureCount, file.Softmax);
    }

    /// <inheritdoc />
    public void Save(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(new LinearModelFile(ClassCount, FeatureCount, Softmax, Weights, Biases), JsonOptions));

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        features.RequireColumns(FeatureCount, nameof(features));

        var labels = new int[features.Rows];
        var scores = new float[features.Rows * ClassCount];
        if (features.Rows == 1)
        {
            // One image (a served request): Parallel.For would hand a replica to a thread-pool thread for nothing.
            labels[0] = Score(features.Row(0), scores);
        }
        else
        {
            Parallel.For(0, features.Rows, r => labels[r] = Score(features.Row(r), scores.AsSpan(r * ClassCount, ClassCount)));
        }

        return new Predictions(labels, scores, Softmax);
    }

    private int Score(ReadOnlySpan<float> row, Span<float> output)
    {
        for (var k = 0; k < ClassCount; k++)
        {
            output[k] = System.Numerics.Tensors.TensorPrimitives.Dot(Weights.AsSpan(k * FeatureCount, FeatureCount), row) + Biases[k];
        }

        var label = System.Numerics.Tensors.TensorPrimitives.IndexOfMax(output);
        if (Softmax)
        {
            System.Numerics.Tensors.TensorPrimitives.SoftMax(output, output);
        }

        return label;
    }

    private const string FileName = "classifier.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
