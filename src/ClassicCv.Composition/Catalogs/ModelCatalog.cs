using ClassicCv.Errors;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.MlNet.Calibration;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Learners;
using ClassicCv.OpenCv.Transforms;

namespace ClassicCv.Catalogs;

/// <summary>The one table of saved-classifier kinds and the loaders that read them back.</summary>
public static class ModelCatalog
{
    private static readonly IReadOnlyDictionary<string, Func<string, IClassifierModel>> Loaders =
        new Dictionary<string, Func<string, IClassifierModel>>(StringComparer.Ordinal)
        {
            ["linear"] = LinearModel.Load,
            ["opencv-svm"] = RbfSvmModel.Load,
            ["opencv-rtrees"] = RandomForestModel.Load,
            ["opencv-knn"] = KnnModel.Load,
            ["constant"] = ConstantModel.Load,
        };

    private static readonly IReadOnlyDictionary<string, Func<string, IFittedFeatureTransform>> TransformLoaders =
        new Dictionary<string, Func<string, IFittedFeatureTransform>>(StringComparer.Ordinal)
        {
            ["rff"] = FittedRandomFourierFeatures.Load,
        };

    /// <summary>Loads a saved classifier of kind <paramref name="kind"/> from <paramref name="directory"/>.</summary>
    /// <param name="kind">The kind written in <c>pipeline.json</c>.</param>
    /// <param name="directory">The classifier's folder.</param>
    public static IClassifierModel Load(string kind, string directory)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.StartsWith(CalibratedModel.KindPrefix, StringComparison.Ordinal))
        {
            return CalibratedModel.Load(directory, inner => Load(kind[CalibratedModel.KindPrefix.Length..], inner));
        }

        if (kind.StartsWith(TransformedModel.KindPrefix, StringComparison.Ordinal))
        {
            return TransformedModel.Load(directory, kind[TransformedModel.KindPrefix.Length..], Load, LoadTransform);
        }

        // Written before the one transform chain: kind rff+<kind>, the transform in transform/, the model in model/.
        var plus = kind.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0 && TransformLoaders.TryGetValue(kind[..plus], out var loadTransform))
        {
            var transform = loadTransform(Path.Combine(directory, TransformedModel.TransformFolder));
            var chain = new FittedTransformChain(transform is FittedRandomFourierFeatures rff ? rff.InputColumns : 0, [transform]);
            return new TransformedModel(chain, Load(kind[(plus + 1)..], Path.Combine(directory, TransformedModel.ModelFolder)));
        }

        return Loaders.TryGetValue(kind, out var load)
            ? load(directory)
            : throw new UserInputException($"Saved model '{directory}' has classifier kind '{kind}'; this classiccv reads: {string.Join(", ", Loaders.Keys.Order(StringComparer.Ordinal))}, chain+<kind> (rff+<kind>) and calibrated+<kind>.");
    }

    private static IFittedFeatureTransform LoadTransform(string kind, string directory) =>
        TransformLoaders.TryGetValue(kind, out var load)
            ? load(directory)
            : throw new UserInputException($"Saved model '{directory}' has a transform of kind '{kind}'; this classiccv reads: {string.Join(", ", TransformFile.Kinds.Concat(TransformLoaders.Keys))}.");
}
