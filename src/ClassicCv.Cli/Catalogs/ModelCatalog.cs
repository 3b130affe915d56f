using ClassicCv.Errors;
using ClassicCv.Learning;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Learners;

namespace ClassicCv.Cli.Catalogs;

/// <summary>The one table of saved-classifier kinds and the loaders that read them back.</summary>
internal static class ModelCatalog
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

    /// <summary>Loads a saved classifier of kind <paramref name="kind"/> from <paramref name="directory"/>.</summary>
    /// <param name="kind">The kind written in <c>pipeline.json</c>.</param>
    /// <param name="directory">The classifier's folder.</param>
    public static IClassifierModel Load(string kind, string directory) =>
        Loaders.TryGetValue(kind, out var load)
            ? load(directory)
            : throw new UserInputException($"Saved model '{directory}' has classifier kind '{kind}'; this classiccv reads: {string.Join(", ", Loaders.Keys.Order(StringComparer.Ordinal))}.");
}
