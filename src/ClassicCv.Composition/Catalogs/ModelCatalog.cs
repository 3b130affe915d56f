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

        var plus = kind.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0 && TransformLoaders.TryGetValue(kind[..plus], out var loadTransform))
        {
            var transform = loadTransform(Path.Combine(directory, TransformedModel.TransformFolder));
            return new TransformedModel(transform, Load(kind[(plus + 1)..], Path.Combine(directory, TransformedModel.ModelFolder)));
        }

        return Loaders.TryGetValue(kind, out var load)
            ? load(directory)
            : throw new UserInputException($"Saved model '{directory}' has classifier kind '{kind}'; this classiccv reads: {string.Join(", ", Loaders.Keys.Order(StringComparer.Ordinal))}, rff+<kind> and calibrated+<kind>.");
    }
}
