using ClassicCv.Learning;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;

namespace ClassicCv.Models;

/// <summary>
/// Loads any model folder a run saves: a network (<c>model.onnx</c> + <c>model.json</c>, see <see cref="SavedNetwork"/>)
/// or a classical pipeline (<c>pipeline.json</c>, see <see cref="SavedPipeline"/>).
/// </summary>
public static class SavedModel
{
    /// <summary>Loads the model saved in <paramref name="directory"/>.</summary>
    /// <param name="directory">The saved folder.</param>
    /// <param name="features">Re-creates an extractor spec from its command-line text (the feature catalog).</param>
    /// <param name="models">Loads a classifier of the given kind from a folder (the model catalog).</param>
    /// <param name="networkBatch">Images per forward pass of a network, or <c>null</c> for the saved one.</param>
    public static IDecodedImageClassifier Load(string directory, Func<string, IFeatureExtractorSpec> features, Func<string, string, IClassifierModel> models, int? networkBatch = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return SavedNetwork.IsNetworkFolder(directory)
            ? SavedNetwork.Load(directory, new ImageStreamer(), networkBatch)
            : SavedPipeline.LoadClassifier(directory, features, models);
    }
}
