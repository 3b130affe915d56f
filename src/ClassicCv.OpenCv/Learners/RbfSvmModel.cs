using System.Text.Json.Nodes;
using ClassicCv.Features;
using ClassicCv.Learning;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>A trained OpenCV RBF SVM. OpenCV's one-vs-one SVM gives no per-class scores, so <see cref="Predictions.Scores"/> is <c>null</c>.</summary>
public sealed class RbfSvmModel : ISaveableModel
{
    private readonly SVM _svm;

    /// <summary>Wraps a trained SVM; the model owns and disposes it.</summary>
    /// <param name="svm">The trained native model.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="featureCount">Feature vector length.</param>
    /// <param name="gamma">The RBF width used.</param>
    public RbfSvmModel(SVM svm, int classCount, int featureCount, double gamma)
    {
        ArgumentNullException.ThrowIfNull(svm);
        _svm = svm;
        ClassCount = classCount;
        FeatureCount = featureCount;
        Gamma = gamma;
    }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Feature vector length.</summary>
    public int FeatureCount { get; }

    /// <summary>The RBF width γ the model was trained with.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public string Kind => "opencv-svm";

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static RbfSvmModel Load(string directory)
    {
        var meta = ModelFiles.ReadMeta(directory);
        var svm = SVM.Load(ModelFiles.NativePath(directory));
        return new RbfSvmModel(svm, ModelFiles.Int(meta, "class_count"), ModelFiles.Int(meta, "feature_count"), meta["gamma"]!.GetValue<double>());
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        _svm.Save(Path.Combine(directory, ModelFiles.NativeFile));
        ModelFiles.WriteMeta(directory, new JsonObject { ["class_count"] = ClassCount, ["feature_count"] = FeatureCount, ["gamma"] = Gamma });
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        features.RequireColumns(FeatureCount, nameof(features));

        if (features.Rows == 0)
        {
            return new Predictions([], null, false);
        }

        using var samples = OpenCvData.Samples(features);
        using var results = new Mat();
        _svm.Predict(samples, results);
        return new Predictions(OpenCvData.Labels(results), null, false);
    }

    /// <inheritdoc />
    public void Dispose() => _svm.Dispose();
}
