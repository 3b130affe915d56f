using System.Text.Json.Nodes;
using ClassicCv.Features;
using ClassicCv.Learning;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// A trained OpenCV RBF SVM. Its per-class scores are read from the one-vs-one decision functions (votes plus squashed
/// confidences, see <see cref="SvmDecisionValues"/>); they are not probabilities until calibrated.
/// </summary>
public sealed class RbfSvmModel : ISaveableModel
{
    private readonly SVM _svm;
    private readonly Lazy<SvmDecisionValues> _decisions;

    /// <summary>Wraps a trained SVM; the model owns and disposes it.</summary>
    /// <param name="svm">The trained native model.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="featureCount">Feature vector length.</param>
    /// <param name="gamma">The RBF width used.</param>
    /// <param name="classes">The class indices present in training, ascending; all classes when <c>null</c>.</param>
    public RbfSvmModel(SVM svm, int classCount, int featureCount, double gamma, IReadOnlyList<int>? classes = null)
    {
        ArgumentNullException.ThrowIfNull(svm);
        _svm = svm;
        ClassCount = classCount;
        FeatureCount = featureCount;
        Gamma = gamma;
        Classes = classes?.Order().ToArray() ?? Enumerable.Range(0, classCount).ToArray();
        _decisions = new Lazy<SvmDecisionValues>(() => new SvmDecisionValues(_svm, Classes, ClassCount, Gamma));
    }

    /// <summary>The class indices present in training, ascending (OpenCV's class order).</summary>
    public IReadOnlyList<int> Classes { get; }

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
        var classes = meta["classes"] is JsonArray array ? array.Select(c => c!.GetValue<int>()).ToArray() : null;
        return new RbfSvmModel(svm, ModelFiles.Int(meta, "class_count"), ModelFiles.Int(meta, "feature_count"), meta["gamma"]!.GetValue<double>(), classes);
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        _svm.Save(Path.Combine(directory, ModelFiles.NativeFile));
        ModelFiles.WriteMeta(directory, new JsonObject { ["class_count"] = ClassCount, ["feature_count"] = FeatureCount, ["gamma"] = Gamma, ["classes"] = new JsonArray(Classes.Select(c => (JsonNode)c).ToArray()) });
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

        return _decisions.Value.Predict(features);
    }

    /// <inheritdoc />
    public void Dispose() => _svm.Dispose();
}
